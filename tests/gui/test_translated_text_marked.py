"""Issue 18: every user-visible text of the translated modules goes through Qt's translation (tr, translate, or
QT_TRANSLATE_NOOP translated where shown), so none stays English in Polish or Urdu.

Read from the source, as pyside6-lupdate reads it: a text written straight into a call that puts it on screen
(a label, a button, a window title, an accessible name, a status message...) is a text nobody can translate.
Which modules are translated so far is listed in one place, scripts/translations.py.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _translation_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TRANSLATIONS = _translation_script()
GUI_MODULES = [module for module in TRANSLATIONS.TRANSLATED_MODULES if module.startswith("npdrights/gui/")]

# Calls that put their text arguments on screen (or in a screen reader's ear).
SHOWS_TEXT = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton", "QMessageBox",
    "addMenu", "setText", "setWindowTitle", "setTitle", "setSubTitle", "setAccessibleName",
    "setAccessibleDescription", "setPlaceholderText", "setFormat", "setToolTip", "setStatusTip", "showMessage",
    "show_message", "show_info", "show_error", "heading", "explanation", "describes", "add_row", "addRow",
    "line_edit", "LinesField", "TextField", "PassphraseField", "HelpToggle", "SavedPeople", "addItem",
    "setButtonText", "setSuffix", "setPrefix", "question", "warning", "critical", "information", "about",
    "ask_three_ways", "setInformativeText", "addButton", "setLabelText", "setHeaderLabels", "setTabText", "addTab",
    "ask_yes_no", "tell",
}  # fmt: skip
# A word with a small letter in it: "ABCD-EFGH" (the shape of a recovery code) is not English to translate.
WORDS = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")
KINDS = {"error", "info", "ok"}  # a message's kind, passed beside its text


def _english(text: str) -> bool:
    """Words a reader would need translated: the app's own name and format fields ({name}) are not."""
    words = [word for word in WORDS.findall(re.sub(r"\{\w*\}|npdrights", "", text)) if len(word) > 1]
    return bool(words) and text not in KINDS


def _called_name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else ""


def _literal_texts(node: ast.expr) -> list[str]:
    """English written straight into an argument: a string, an f-string's fixed parts, or a tuple of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _english(node.value) else []
    if isinstance(node, ast.JoinedStr):
        fixed = "".join(
            part.value for part in node.values if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        return [fixed] if _english(fixed) else []
    if isinstance(node, ast.BinOp):
        return _literal_texts(node.left) + _literal_texts(node.right)
    if isinstance(node, (ast.Tuple, ast.List)):
        return [text for element in node.elts for text in _literal_texts(element)]
    if isinstance(node, ast.IfExp):
        return _literal_texts(node.body) + _literal_texts(node.orelse)
    return []


def untranslated_texts(source: str, within: str = "") -> list[str]:
    """English written straight into a call that shows it; only inside class `within` if one is named."""
    tree: ast.AST = ast.parse(source)
    if within:
        tree = next(node for node in ast.walk(tree) if isinstance(node, ast.ClassDef) and node.name == within)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called_name(node) in SHOWS_TEXT:
            for argument in [*node.args, *(keyword.value for keyword in node.keywords)]:
                found += [f"line {node.lineno}: {text!r}" for text in _literal_texts(argument)]
    return found


def test_the_check_finds_english_written_straight_into_the_screen() -> None:
    sample = """
label = QLabel("Your name")
self.title = heading(f"Hello {name}")
box.setText(self.tr("Translated"))
button.setAccessibleName(label.text().replace("&", ""))
window.setWindowTitle(f"npdrights: {title}")
bar.showMessage("Saved." if done else self.tr("Not saved."), 8000)
"""
    assert untranslated_texts(sample) == ["line 2: 'Your name'", "line 3: 'Hello '", "line 7: 'Saved.'"]


@pytest.mark.parametrize("module", GUI_MODULES)
def test_a_translated_module_shows_no_english_of_its_own(module: str) -> None:
    path, _, within = module.partition("::")
    assert untranslated_texts((ROOT / path).read_text(encoding="utf-8"), within) == []


def unreadable_marks(source: str) -> list[str]:
    """QT_TRANSLATE_NOOP calls, and translate calls given their text, whose context or text is not written out."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _called_name(node) not in ("QT_TRANSLATE_NOOP", "translate"):
            continue
        if _called_name(node) == "translate" and len(node.args) > 3:
            # A count given to translate(): lupdate (for Python) leaves the whole text out. Plurals use self.tr.
            found.append(f"line {node.lineno}")
            continue
        context, text = node.args[0], node.args[1]
        if _called_name(node) == "translate" and not isinstance(text, ast.Constant):
            continue  # translating a text marked where it is written (with QT_TRANSLATE_NOOP): checked there
        if not (isinstance(context, ast.Constant) and isinstance(text, ast.Constant)):
            found.append(f"line {node.lineno}")
    return found


def test_the_check_finds_a_context_held_in_a_variable() -> None:
    sample = """
A = QT_TRANSLATE_NOOP("Journeys", "Chase or complain")
B = QT_TRANSLATE_NOOP(CONTEXT, "Chase or complain")
c = QCoreApplication.translate(CONTEXT, "Words")
d = QCoreApplication.translate(CONTEXT, TITLES[journey])
e = QCoreApplication.translate("Cases", "%n case(s)", "", count)
"""
    assert unreadable_marks(sample) == ["line 3", "line 4", "line 6"]


@pytest.mark.parametrize("module", TRANSLATIONS.TRANSLATED_MODULES + TRANSLATIONS.PARTLY_TRANSLATED_MODULES)
def test_texts_marked_for_translation_are_written_out_where_lupdate_can_read_them(module: str) -> None:
    """lupdate reads the words themselves: a context or text held in a variable is silently left out."""
    assert unreadable_marks((ROOT / module.split("::")[0]).read_text(encoding="utf-8")) == []
