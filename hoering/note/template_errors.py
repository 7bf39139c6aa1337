"""A Jinja error in a user's note template, in Danish: where, what is wrong, and the fix.

Jinja's messages are English and written for programmers ("Unexpected end of template.
Jinja was looking for the following tags: 'endfor' or 'else'."); staff editing the
municipality's letterhead need the line and the tag to add. Each kind of error Jinja raises
gets its sentence here; the line comes from the exception (`lineno`).
"""

from __future__ import annotations

import re

from jinja2 import TemplateError, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SecurityError


def jinja_problem(exc: TemplateError) -> str:
    """The Danish description of `exc`, beginning with its line when Jinja knows it."""
    line = getattr(exc, "lineno", None)
    where = f"linje {line}: " if line else ""
    return where + _what(exc)


def _what(exc: TemplateError) -> str:
    message = str(getattr(exc, "message", None) or exc)
    if isinstance(exc, TemplateNotFound):
        return f"skabelonen »{exc.name}« findes ikke i mappen; kopiér den fra de indbyggede skabeloner"
    if isinstance(exc, SecurityError):
        return "skabelonen prøver at bruge Pythons indre dele, hvilket en skabelon ikke må; brug kun felterne"
    if isinstance(exc, UndefinedError):
        name = re.search(r"'([^']+)' is undefined|has no attribute '([^']+)'", message)
        field = next((g for g in name.groups() if g), None) if name else None
        shown = f"»{field}«" if field else "et af felterne"
        return f"feltet {shown} findes ikke; se felterne i den indbyggede skabelon (note.html.j2)"
    if isinstance(exc, TemplateSyntaxError):
        return _syntax(message)
    return "skabelonen kunne ikke udfyldes; sammenlign den med den indbyggede skabelon"


def _syntax(message: str) -> str:
    if message.startswith("Unexpected end of template"):
        tags = re.findall(r"'(end\w+)'", message)
        if tags:
            return f"en blok er ikke lukket: der mangler {{% {tags[0]} %}}"
        return "skabelonen slutter midt i et felt; luk det med }} eller %}"
    unknown = re.match(r"Encountered unknown tag '([^']+)'", message)
    if unknown:
        tag = unknown.group(1)
        if tag.startswith("end"):
            return f"{{% {tag} %}} står uden en blok at lukke; slet det, eller tilføj blokkens begyndelse"
        return f"mærket {{% {tag} %}} findes ikke; brug fx {{% for … %}} eller {{% if … %}}"
    if message.startswith(("unexpected", "expected token", "unexpected char")):
        return "et {{ … }}- eller {% … %}-felt er ikke skrevet rigtigt; tjek, at det er lukket med }} eller %}"
    return "skabelonen har en fejl i et {{ … }}- eller {% … %}-felt"
