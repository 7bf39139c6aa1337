"""Where a Danish letter's closing greeting starts ("Med venlig hilsen", "Mvh.", "Kind regards").

One pattern for every module that needs to know where the signature begins: sender
detection reads the lines after it, form-letter comparison cuts it off, and an e-mail's
covering note ends at it. Kept apart so a greeting staff meet in the wild is added once.
"""

from __future__ import annotations

import re

# Matches at the start of a line (`match` on one line, or `finditer` over a text: MULTILINE).
# The greeting's end is where a name written on the same line starts ("Mvh. Karen Nielsen").
GREETING = re.compile(
    r"^[ \t]*(?:med\s+)?"
    r"(?:venlig(?:st|e)?\s+hils(?:en|ner|e)?|mvh|(?:de\s+)?bedste\s+hilsner|kærlig\s+hilsen|hilsen"
    r"|(?:best|kind)\s+regards|regards)"
    r"(?![^\W_])\.?",
    re.IGNORECASE | re.MULTILINE,
)
