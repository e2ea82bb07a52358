"""CSR matrices in scipy's `.npz` layout, read and written without numpy or scipy (the Spark
driver's environment has neither): the archive `tenor vectorize --format npz` writes and
`tenor similar --matrix` reads. Uncompressed members `indices.npy`, `indptr.npy`,
`format.npy` (`b'csr'`), `shape.npy`, `data.npy`; numpy's `.npy` format 1.0, little-endian."""

import ast
import struct
import sys
import zipfile
from array import array

TYPES = {"<i4": "i", "<i8": "q", "<f8": "d"}


def read_npy(data):
    """(type string, shape, elements as bytes) of one `.npy` member."""
    if data[:6] != b"\x93NUMPY":
        raise ValueError("not a .npy array")
    if data[6] == 1:
        length, start = struct.unpack("<H", data[8:10])[0], 10
    else:
        length, start = struct.unpack("<I", data[8:12])[0], 12
    header = ast.literal_eval(data[start:start + length].decode("latin-1"))
    return header["descr"], header["shape"], data[start + length:]


def elements(data):
    """A one-dimensional numeric `.npy` member as an array."""
    descr, _, raw = read_npy(data)
    values = array(TYPES[descr])
    values.frombytes(raw)
    if sys.byteorder != "little":
        values.byteswap()
    return values


def read(source):
    """(rows, columns, indptr, indices, data) of a CSR archive (a path or a file object)."""
    with zipfile.ZipFile(source) as archive:
        _, _, kind = read_npy(archive.read("format.npy"))
        if kind.rstrip(b"\0") != b"csr":
            raise ValueError(f"the archive holds a {kind!r} matrix, not CSR")
        rows, columns = elements(archive.read("shape.npy"))
        return (rows, columns, elements(archive.read("indptr.npy")), elements(archive.read("indices.npy")),
                elements(archive.read("data.npy")))


def npy(values, descr, shape):
    """`values` (bytes) as a `.npy` member, its header padded as numpy pads it."""
    header = f"{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}"
    header += " " * (64 - (10 + len(header) + 1) % 64) + "\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(header)) + header.encode("latin-1") + values


def little_endian(values):
    if sys.byteorder != "little":
        values = array(values.typecode, values)
        values.byteswap()
    return values.tobytes()


def write_stacked(path, parts):
    """Writes the CSR matrices `parts` (as `read` returns them, the same columns) stacked
    row-wise, in order, as one archive at `path`; indices and row pointers as int64."""
    columns = parts[0][1] if parts else 0
    indptr, indices, data = array("q", [0]), array("q"), array("d")
    for rows, part_columns, part_indptr, part_indices, part_data in parts:
        if part_columns != columns:
            raise ValueError(f"a part has {part_columns} columns, another {columns}")
        base = indptr[-1]
        indptr.extend(base + offset for offset in part_indptr[1:])
        indices.extend(array("q", part_indices))
        data.extend(part_data)
    rows = len(indptr) - 1
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED, allowZip64=True) as archive:
        archive.writestr("indices.npy", npy(little_endian(indices), "<i8", f"({len(indices)},)"))
        archive.writestr("indptr.npy", npy(little_endian(indptr), "<i8", f"({len(indptr)},)"))
        archive.writestr("format.npy", npy(b"csr", "|S3", "()"))
        archive.writestr("shape.npy", npy(struct.pack("<qq", rows, columns), "<i8", "(2,)"))
        archive.writestr("data.npy", npy(little_endian(data), "<f8", f"({len(data)},)"))
    return rows
