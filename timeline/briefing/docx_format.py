"""DOCX through python-docx: opens in Word and LibreOffice; Arabic paragraphs, runs and tables are RTL.

python-docx has no switch for right-to-left, so the WordprocessingML flags are set directly:
``w:bidi`` on paragraphs, ``w:rtl`` on runs (plus the complex-script font and size, which Word uses
for Arabic letters) and ``w:bidiVisual`` on tables. Links are real ``w:hyperlink`` elements.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt, RGBColor

from timeline.briefing.document import Block, Bullets, Heading, Image, Paragraph, Run, Table

FONT = "Noto Sans"
ARABIC_FONT = "Noto Sans Arabic"
IMAGE_WIDTH = Inches(6.3)
TABLE_WIDTH = Inches(6.8)
NUMBER_WIDTH = Inches(0.65)


def _flag(parent, tag: str) -> None:
    if parent.find(qn(tag)) is None:
        parent.append(OxmlElement(tag))


def _rtl_run(run_element, rtl: bool) -> None:
    """Complex-script font on every run; ``w:rtl`` on runs of an Arabic document."""
    rpr = run_element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), FONT)
    fonts.set(qn("w:hAnsi"), FONT)
    fonts.set(qn("w:cs"), ARABIC_FONT)
    if rtl:
        _flag(rpr, "w:rtl")
        if rpr.find(qn("w:b")) is not None:
            _flag(rpr, "w:bCs")
        size = rpr.find(qn("w:sz"))
        if size is not None and rpr.find(qn("w:szCs")) is None:
            cs_size = OxmlElement("w:szCs")
            cs_size.set(qn("w:val"), size.get(qn("w:val")))
            size.addnext(cs_size)


class DocxWriter:
    def __init__(self, lang: str):
        self.rtl = lang == "ar"
        self.doc = Document()
        self.doc.core_properties.language = lang
        style = self.doc.styles["Normal"]
        style.font.name = FONT
        style.font.size = Pt(10)
        _rtl_run(style.element, self.rtl)
        section = self.doc.sections[0]
        section.left_margin = section.right_margin = Inches(0.8)
        if self.rtl:
            _flag(section._sectPr, "w:bidi")

    def _paragraph(self, paragraph) -> None:
        """Right-to-left paragraphs start at the right by themselves (``w:jc`` left/right mean start/end)."""
        if self.rtl:
            _flag(paragraph._p.get_or_add_pPr(), "w:bidi")
        for run in paragraph.runs:
            _rtl_run(run._r, self.rtl)

    def _link(self, paragraph, text: str, url: str) -> None:
        rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel)
        run = paragraph.add_run(text)
        run.font.color.rgb = RGBColor(0x1F, 0x5F, 0xA8)
        run.font.underline = True
        paragraph._p.remove(run._r)
        link.append(run._r)
        paragraph._p.append(link)
        _rtl_run(run._r, self.rtl)

    def _runs(self, paragraph, runs: tuple[Run, ...], size: float | None = None) -> None:
        for piece in runs:
            if piece.url and piece.url.lower().startswith(("http://", "https://")):
                self._link(paragraph, piece.text, piece.url)
                continue
            run = paragraph.add_run(piece.text)
            run.bold = piece.bold or None
            if size:
                run.font.size = Pt(size)
        self._paragraph(paragraph)

    def _table(self, block: Table) -> None:
        table = self.doc.add_table(rows=1, cols=len(block.header))
        table.style = "Table Grid"
        if self.rtl:
            _flag(table._tbl.tblPr, "w:bidiVisual")
        for cell, text in zip(table.rows[0].cells, block.header, strict=True):
            self._cell(cell, (Run(text, bold=True),), False)
        for row in block.rows:
            cells = table.add_row().cells
            for cell, runs, numeric in zip(cells, row, block.numeric, strict=True):
                self._cell(cell, runs, numeric)
        self._widths(table, block.numeric)
        self.doc.add_paragraph()

    @staticmethod
    def _widths(table, numeric: tuple[bool, ...]) -> None:
        """Narrow number columns; text columns share the rest of the line."""
        texts = sum(1 for n in numeric if not n)
        narrow = min(NUMBER_WIDTH, TABLE_WIDTH // len(numeric))
        wide = (TABLE_WIDTH - narrow * (len(numeric) - texts)) // max(texts, 1)
        table.autofit = False
        for column, is_number in zip(table.columns, numeric, strict=True):
            width = narrow if is_number else wide
            column.width = width
            for cell in column.cells:
                cell.width = width

    def _cell(self, cell, runs: tuple[Run, ...], numeric: bool) -> None:
        paragraph = cell.paragraphs[0]
        self._runs(paragraph, runs, size=9)
        if numeric:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT  # the end side in either direction

    def add(self, block: Block) -> None:
        if isinstance(block, Heading):
            self._paragraph(self.doc.add_heading(block.text, level=block.level))
        elif isinstance(block, Paragraph):
            paragraph = self.doc.add_paragraph()
            self._runs(paragraph, block.runs, size=8.5 if block.style in ("note", "meta") else None)
            if block.style == "notice":
                for run in paragraph.runs:
                    run.font.color.rgb = RGBColor(0x8A, 0x5A, 0x00)
        elif isinstance(block, Table):
            self._table(block)
        elif isinstance(block, Bullets):
            for item in block.items:
                self._runs(self.doc.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, Image):
            self.doc.add_picture(io.BytesIO(block.png), width=IMAGE_WIDTH)
            self._paragraph(self.doc.paragraphs[-1])
        else:
            raise TypeError(f"unknown block {block!r}")


def render_docx(blocks: list[Block], lang: str, title: str, out_path: Path) -> None:
    writer = DocxWriter(lang)
    writer.doc.core_properties.title = title
    for block in blocks:
        writer.add(block)
    writer.doc.save(str(out_path))
