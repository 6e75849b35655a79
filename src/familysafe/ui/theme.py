"""Colours, type sizes and the one style sheet: calm, warm, large, and readable in every theme."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from familysafe.core.models import Settings


@dataclass(frozen=True)
class Theme:
    """A set of colours; every text/background pair is checked for 4.5:1 by a test."""

    name: str
    window: str  # page background
    card: str  # cards and panels
    text: str
    muted: str  # secondary text, still 4.5:1 on window and card
    accent: str  # primary buttons
    accent_text: str
    accent_soft: str  # the grown-up's panel
    border: str  # control outlines, 3:1 on window
    focus: str  # the keyboard focus ring, 3:1 on window and card
    good: str
    nudge: str  # the gentle nudge banner
    nudge_text: str


LIGHT = Theme(
    name="light",
    window="#fffaf2",
    card="#ffffff",
    text="#2d3142",
    muted="#585d70",
    accent="#1c6f6f",
    accent_text="#ffffff",
    accent_soft="#eaf4f1",
    border="#7d8196",
    focus="#b4460c",
    good="#2f7a3c",
    nudge="#fff1cc",
    nudge_text="#5a4200",
)
DARK = Theme(
    name="dark",
    window="#1e2230",
    card="#282d3e",
    text="#f3efe6",
    muted="#c3c6d4",
    accent="#6fd3cf",
    accent_text="#13202a",
    accent_soft="#223a3c",
    border="#8a90a8",
    focus="#ffb86b",
    good="#8fdc9b",
    nudge="#4a3d1a",
    nudge_text="#ffe9b0",
)
HIGH_CONTRAST = Theme(
    name="contrast",
    window="#000000",
    card="#0a0a0a",
    text="#ffffff",
    muted="#e6e6e6",
    accent="#ffff00",
    accent_text="#000000",
    accent_soft="#001a33",
    border="#ffffff",
    focus="#00ffff",
    good="#7dff7d",
    nudge="#332b00",
    nudge_text="#ffff80",
)
THEMES = {t.name: t for t in (LIGHT, DARK, HIGH_CONTRAST)}


def system_prefers_dark() -> bool:
    """Whether the operating system asks for a dark scheme."""
    hints = QGuiApplication.styleHints()
    return bool(hints.colorScheme() == Qt.ColorScheme.Dark)


def resolve(name: str) -> Theme:
    """The theme for a setting of 'system', 'light', 'dark' or 'contrast'."""
    if name == "system":
        return DARK if system_prefers_dark() else LIGHT
    return THEMES.get(name, LIGHT)


BASE_PT = 12.0


def style_sheet(t: Theme, scale: float) -> str:
    """The application's style sheet for a theme and a text scale (1.0 to 2.0)."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    def px(size: float) -> str:
        return f"{round(size * scale)}px"

    from familysafe.resources import asset

    tick = asset("icons", f"tick-{t.name}.svg").as_posix()
    left = asset("icons", f"arrow-left-{t.name}.svg").as_posix()
    right = asset("icons", f"arrow-right-{t.name}.svg").as_posix()

    return f"""
    QWidget {{ color: {t.text}; font-size: {pt(BASE_PT)}; }}
    QMainWindow, QStackedWidget, QScrollArea, QScrollArea > QWidget > QWidget, QDialog {{
        background: {t.window};
    }}
    QFrame#card, QFrame#panel {{ background: {t.card}; border: 1px solid {t.border}; border-radius: 14px; }}
    QFrame#grownUpPanel {{ background: {t.accent_soft}; border: 1px solid {t.border}; border-radius: 14px; }}
    QFrame#topBar {{ background: {t.card}; border-bottom: 1px solid {t.border}; }}
    QFrame#nudge {{ background: {t.nudge}; border-radius: 10px; }}
    QLabel#nudgeText {{ color: {t.nudge_text}; }}
    QLabel {{ background: transparent; }}
    QLabel#title {{ font-size: {pt(BASE_PT * 1.9)}; font-weight: 700; }}
    QLabel#subtitle {{ font-size: {pt(BASE_PT * 1.35)}; font-weight: 600; }}
    QLabel#childText {{ font-size: {pt(BASE_PT * 1.75)}; }}
    QLabel#panelText {{ font-size: {pt(BASE_PT * 1.1)}; }}
    QLabel#muted {{ color: {t.muted}; }}
    QLabel#good {{ color: {t.good}; font-weight: 600; }}
    QPushButton, QToolButton {{
        background: {t.card}; color: {t.text}; border: 2px solid {t.border};
        border-radius: 12px; padding: 8px 16px; min-height: 28px; min-width: 44px;
    }}
    QPushButton:hover, QToolButton:hover {{ border-color: {t.accent}; }}
    QPushButton:focus, QToolButton:focus, QLineEdit:focus, QComboBox:focus, QSpinBox:focus,
    QPlainTextEdit:focus, QCheckBox:focus, QRadioButton:focus, QDateEdit:focus, QListWidget:focus {{
        border: 3px solid {t.focus};
    }}
    QPushButton#primary {{
        background: {t.accent}; color: {t.accent_text}; border-color: {t.accent}; font-weight: 700;
    }}
    QPushButton#primary:focus {{ border: 3px solid {t.focus}; }}
    QPushButton#worried {{ font-weight: 700; }}
    QPushButton#choice {{ text-align: left; padding: 0; font-size: {pt(BASE_PT * 1.3)}; }}
    QPushButton#choice:checked {{ background: {t.accent_soft}; border: 3px solid {t.accent}; }}
    QPushButton#choice:checked:focus {{ border: 3px solid {t.focus}; }}
    QLabel#choiceText {{ font-size: {pt(BASE_PT * 1.3)}; }}
    QPushButton#disclosure {{ padding: 0; background: transparent; }}
    QPushButton#wrapButton {{ padding: 0; }}
    QLabel#disclosureText {{ font-size: {pt(BASE_PT * 1.1)}; font-weight: 600; }}
    QPushButton:disabled, QToolButton:disabled {{
        color: {t.muted}; background: {t.window}; border: 2px dashed {t.muted}; font-weight: 400;
    }}
    QPushButton#primary:disabled {{ background: {t.window}; color: {t.muted}; border: 2px dashed {t.muted}; }}
    QLabel:disabled, QCheckBox:disabled, QRadioButton:disabled {{ color: {t.muted}; }}
    QScrollArea[focusRing="true"]:focus {{ border: 3px solid {t.focus}; }}
    QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QDateEdit, QListWidget {{
        background: {t.card}; color: {t.text}; border: 2px solid {t.border}; border-radius: 8px;
        padding: 6px; min-height: 28px; selection-background-color: {t.accent};
        selection-color: {t.accent_text};
    }}
    QComboBox QAbstractItemView {{ background: {t.card}; color: {t.text}; }}
    QCheckBox, QRadioButton {{ spacing: 10px; padding: 6px; border: 3px solid transparent; border-radius: 8px; }}
    QCheckBox#childCheck {{ font-size: {pt(BASE_PT * 1.3)}; spacing: 14px; }}
    QLabel#childCheckText {{ font-size: {pt(BASE_PT * 1.3)}; }}
    QCheckBox::indicator, QRadioButton::indicator {{
        width: {px(22)}; height: {px(22)}; border: 2px solid {t.border}; background: {t.card};
    }}
    QCheckBox::indicator {{ border-radius: {px(5)}; }}
    QRadioButton::indicator {{ border-radius: {round(22 * scale) // 2 + 1}px; }}
    QCheckBox#childCheck::indicator {{ width: {px(36)}; height: {px(36)}; border-width: 3px; border-radius: {px(8)}; }}
    QCheckBox::indicator:checked {{ background: {t.accent}; border-color: {t.accent}; image: url({tick}); }}
    QRadioButton::indicator:checked {{ border-color: {t.accent}; background: qradialgradient(cx:0.5, cy:0.5,
        radius:0.5, fx:0.5, fy:0.5, stop:0 {t.accent}, stop:0.55 {t.accent}, stop:0.6 {t.card}, stop:1 {t.card}); }}
    QCheckBox::indicator:hover, QRadioButton::indicator:hover {{ border-color: {t.accent}; }}
    QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border: 2px dashed {t.muted}; }}
    QTabWidget::pane {{ border: 1px solid {t.border}; border-radius: 10px; background: {t.card}; }}
    QTabBar::tab {{ background: {t.window}; color: {t.text}; padding: 10px 18px; border: 1px solid {t.border};
        border-bottom: none; border-top-left-radius: 10px; border-top-right-radius: 10px; min-height: 26px; }}
    QTabBar::tab:selected {{ background: {t.card}; font-weight: 700; }}
    QTabBar::tab:focus {{ border: 3px solid {t.focus}; }}
    QTabBar QToolButton {{ padding: 0; min-width: 0; min-height: 0; border-radius: 6px; background: {t.card}; }}
    QTabBar::scroller {{ width: {round(44 * scale) * 2}px; }}
    QTabBar QToolButton::left-arrow {{ image: url({left}); width: {px(20)}; height: {px(20)}; }}
    QTabBar QToolButton::right-arrow {{ image: url({right}); width: {px(20)}; height: {px(20)}; }}
    QProgressBar {{ border: 2px solid {t.border}; border-radius: 8px; background: {t.card}; text-align: center; }}
    QProgressBar::chunk {{ background: {t.accent}; border-radius: 6px; }}
    QScrollBar:vertical {{ background: {t.window}; width: 14px; margin: 0; border: none; }}
    QScrollBar::handle:vertical {{ background: {t.border}; border-radius: 6px; min-height: 40px; margin: 2px; }}
    QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical {{ height: 0; }}
    QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical {{ background: none; }}
    QSlider::groove:horizontal {{ height: 8px; background: {t.border}; border-radius: 4px; }}
    QSlider::handle:horizontal {{ background: {t.accent}; border: 2px solid {t.text}; width: 22px; height: 22px;
        margin: -9px 0; border-radius: 13px; }}
    QSlider:focus {{ border: 3px solid {t.focus}; border-radius: 8px; }}
    QToolTip {{ background: {t.card}; color: {t.text}; border: 1px solid {t.border}; }}
    """


_easy_read_family: str | None = None


def easy_read_family() -> str | None:
    """Load the bundled easy-read font (Atkinson Hyperlegible, OFL) once; its family name, or None."""
    global _easy_read_family
    if _easy_read_family is None:
        from PySide6.QtGui import QFontDatabase

        from familysafe.resources import asset

        families: list[str] = []
        for f in sorted(asset("fonts", "atkinson-hyperlegible").glob("*.ttf")):
            font_id = QFontDatabase.addApplicationFont(str(f))
            if font_id >= 0:
                families += QFontDatabase.applicationFontFamilies(font_id)
        _easy_read_family = families[0] if families else ""
    return _easy_read_family or None


def apply(app: QApplication, theme_name: str = "system", scale: float = 1.0, easy_read: bool = False) -> Theme:
    """Apply a theme, a text size and (optionally) the easy-read font to the whole application."""
    t = resolve(theme_name)
    pal = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, t.window),
        (QPalette.ColorRole.Base, t.card),
        (QPalette.ColorRole.Text, t.text),
        (QPalette.ColorRole.WindowText, t.text),
        (QPalette.ColorRole.ButtonText, t.text),
        (QPalette.ColorRole.Button, t.card),
        (QPalette.ColorRole.Highlight, t.accent),
        (QPalette.ColorRole.HighlightedText, t.accent_text),
        (QPalette.ColorRole.PlaceholderText, t.muted),
        (QPalette.ColorRole.ToolTipBase, t.card),
        (QPalette.ColorRole.ToolTipText, t.text),
    ):
        pal.setColor(role, QColor(colour))
    app.setPalette(pal)
    font = QFont(app.font())
    if not app.property("familysafe_default_family"):
        app.setProperty("familysafe_default_family", font.family())
    family = easy_read_family() if easy_read else None
    font.setFamily(family or str(app.property("familysafe_default_family")))
    font.setPointSizeF(BASE_PT * scale)
    app.setFont(font)
    sheet = style_sheet(t, scale)
    if family:
        sheet = f"* {{ font-family: '{family}'; }}\n" + sheet
    app.setStyleSheet(sheet)
    app.setProperty("familysafe_easy_read", bool(family))
    app.setProperty("familysafe_theme", t.name)
    app.setProperty("familysafe_scale", scale)
    return t


def apply_settings(app: QApplication, settings: Settings) -> Theme:
    """Apply the family's saved look: theme, text size (100-200 %) and the easy-read font."""
    scale = min(200, max(100, settings.text_scale)) / 100
    return apply(app, settings.theme, scale, settings.easy_read_font)


def current(app: QApplication | None = None) -> Theme:
    """The theme in use."""
    inst = app or QApplication.instance()
    name = inst.property("familysafe_theme") if inst else None
    return THEMES.get(str(name), LIGHT)


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours (1.0 to 21.0)."""

    def lum(hex_colour: str) -> float:
        c = QColor(hex_colour)
        out = []
        for v in (c.redF(), c.greenF(), c.blueF()):
            out.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
        return 0.2126 * out[0] + 0.7152 * out[1] + 0.0722 * out[2]

    hi, lo = sorted((lum(a), lum(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
