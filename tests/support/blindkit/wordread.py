"""Reading a generated Word package back with lxml: Word's list numbers worked out from numbering.xml, and the
numbered paragraphs with their numbers, pages (from explicit page breaks) and text checked against the key."""
import zipfile

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def word_numbers(numbering_xml, doc_root):
    """Word's numbers for the body's paragraphs: counters per abstractNum, a w:num's startOverride applied when the
    num is first used, a level's count restarting after a shallower level's item. [(paragraph, text or None)]."""
    from lxml import etree
    ns = {"w": W_NS}
    q = f"{{{W_NS}}}val"
    nroot = etree.fromstring(numbering_xml.encode("utf-8"))
    absn = {a.get(f"{{{W_NS}}}abstractNumId"): a for a in nroot.findall("w:abstractNum", ns)}
    nums = {n.get(f"{{{W_NS}}}numId"): n for n in nroot.findall("w:num", ns)}
    counters, used, out = {}, set(), []
    for p in doc_root.find("w:body", ns).findall("w:p", ns):
        npr = p.find("w:pPr/w:numPr", ns)
        if npr is None:
            out.append((p, None))
            continue
        ilvl, nid = int(npr.find("w:ilvl", ns).get(q)), npr.find("w:numId", ns).get(q)
        num = nums[nid]
        aid = num.find("w:abstractNumId", ns).get(q)
        lvls = {int(lv.get(f"{{{W_NS}}}ilvl")): lv for lv in absn[aid].findall("w:lvl", ns)}
        c = counters.setdefault(aid, {k: int(lv.find("w:start", ns).get(q)) - 1 for k, lv in lvls.items()})
        if nid not in used:
            used.add(nid)
            for ov in num.findall("w:lvlOverride", ns):
                c[int(ov.get(f"{{{W_NS}}}ilvl"))] = int(ov.find("w:startOverride", ns).get(q)) - 1
        c[ilvl] += 1
        for k in lvls:
            if k > ilvl:
                c[k] = int(lvls[k].find("w:start", ns).get(q)) - 1
        s = lvls[ilvl].find("w:lvlText", ns).get(q)
        for k in range(ilvl + 1):
            v = max(c[k], 1)
            fmt = lvls[k].find("w:numFmt", ns).get(q)
            s = s.replace(f"%{k + 1}", f"{v:02d}" if fmt == "decimalZero" else str(v))
        out.append((p, s))
    return out


def check_numbered(path, result, texts, headings=("1.", "2.", "3.", "4.", "5.")):
    """Word's numbers read back from the package at ``path``: the numbers ending in a stop are the headings, the others
    label paragraphs, each [number, page, text] with page = 1 + the page breaks (w:br page) up to its paragraph; the
    headings must be ``headings`` and the paragraphs the key ``result`` with ``texts``. Returns the paragraphs."""
    from lxml import etree
    z = zipfile.ZipFile(path)
    root = etree.fromstring(z.read("word/document.xml"))
    got, heads, pg = [], [], 1
    for p, s in word_numbers(z.read("word/numbering.xml").decode("utf-8"), root):
        if p.find(f".//{{{W_NS}}}br[@{{{W_NS}}}type='page']") is not None:
            pg += 1
        if s is None:
            continue
        txt = "".join(p.itertext())
        if s.endswith("."):
            heads.append(s)
        else:
            got.append([s, pg, txt])
    if heads != list(headings):
        raise AssertionError(f"{path.name}: headings {heads}")
    if got != [[d["label"], d["page"], t] for d, t in zip(result, texts, strict=True)]:
        raise AssertionError(f"{path.name}: read back {[(g[0], g[1]) for g in got]}")
    return got
