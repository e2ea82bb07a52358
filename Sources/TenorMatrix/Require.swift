/// Traps with `message` unless `condition` holds: a precondition whose message
/// survives optimized builds, where the standard `precondition` drops it.
package func require(
    _ condition: Bool, _ message: @autoclosure () -> String,
    file: StaticString = #fileID, line: UInt = #line
) {
    guard condition else { fatalError(message(), file: file, line: line) }
}
