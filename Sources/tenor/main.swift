import TenorCLI

// The whole command lives in the TenorCLI library so that its parsing, views and renderers can
// be tested in-process; the executable only starts it.
TenorCommand.main()
