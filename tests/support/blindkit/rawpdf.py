"""A PDF written object by object (rounds 15-16): numbered objects, streams (Flate or not), an xref table and a
trailer with an ID from the objects' bytes; and the strings such a file needs. Printf-style formatting is kept
(it is what the PDF syntax reads like) with noqa for UP031."""
import hashlib
import io
import zlib


class RawPDF:
    def __init__(self):
        self.objs = [None]

    def new(self):
        self.objs.append(None)
        return len(self.objs) - 1

    def put(self, n, body):
        self.objs[n] = body.encode("latin-1") if isinstance(body, str) else body

    def add(self, body):
        n = self.new()
        self.put(n, body)
        return n

    def stream(self, data, extra="", compress=True):
        if isinstance(data, str):
            data = data.encode("latin-1")
        filt = ""
        if compress:
            data = zlib.compress(data, 9)
            filt = "/Filter /FlateDecode "
        return ("<< %s%s/Length %d >>\nstream\n" % (filt, extra + " " if extra else "", len(data))).encode(  # noqa: UP031
            "latin-1") + data + b"\nendstream"

    def render(self, root, info, header=b"%PDF-1.7"):
        out = io.BytesIO()
        out.write(header + b"\n%\xe2\xe3\xcf\xd3\n")
        offs = [0]
        for i, body in enumerate(self.objs[1:], 1):
            offs.append(out.tell())
            out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % len(self.objs))
        for o in offs[1:]:
            out.write(b"%010d 00000 n \n" % o)
        fid = hashlib.md5(b"".join(self.objs[1:])).hexdigest().upper()
        out.write(b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(self.objs), root, info, fid.encode(), fid.encode(), xref))
        return out.getvalue()


def pdf_text(s):
    """A PDF text string: literal when plain ASCII, otherwise UTF-16BE with a byte order mark."""
    if all(32 <= ord(c) < 127 for c in s):
        return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF%s>" % s.encode("utf-16-be").hex().upper()  # noqa: UP031


def lit(b):
    """Bytes as a PDF literal string."""
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif c < 32 or c > 126:
            out.append("\\%03o" % c)  # noqa: UP031
        else:
            out.append(chr(c))
    return "(" + "".join(out) + ")"


def subset_tag(seed):
    h = hashlib.md5(seed.encode()).digest()
    return "".join(chr(65 + b % 26) for b in h[:6])


