"""The word lists the name rules read: first names, surnames, places, and the words that make a
capitalised word something other than a person.

**Names: Faker's Danish person provider.** `faker.providers.person.da_DK` ships ~500 first
names and the 91 commonest surnames, taken from Danmarks Statistik's name statistics; it is
read from the installed package (no network) once per process (~0.1 s). We add what it lacks
and a Danish letter often has: children's names of the last twenty years, names common among
Danes of other origins, and surname forms ("-gård" beside "-gaard"). A surname list cannot be
complete, so words ending in "-sen" and "-gaard/-gård" count as surnames beside a first name.

**Places: Faker's Danish address provider** (559 towns and its country names), plus the larger
towns and districts it leaves out. A place is never taken for a person.

**Ambiguous names.** Some names are ordinary Danish words too ("Per", "Hans", "Bo", "Sine",
"Storm", "Skov"): capitalised at the start of a sentence they are read as the word, elsewhere
as a (doubtful) name.
"""

from __future__ import annotations

import functools

from ..senders import _ORG_ENDINGS  # noqa: PLC2701 - one list of organisation word endings

# Names Faker's lists lack: recent children's names (Danmarks Statistik's top lists since
# 2005) and names common among Danes of other origins.
_EXTRA_FIRST_NAMES = """
Aksel Alberte Alfred Alba Asger Aya Bertram Carl Cornelia Dicte Ellie Elliot Elvira Esther Filuca
Hjalte Ilse Isak Johan Juna Karl Lauge Liam Lucas Luna Malthe Marius Milas Molly Nohr Otto Rosa
Sebastian Silas Sigurd Storm Thor Valdemar Vigga Viggo Vilja Villads Vilma William Walther
Ahmad Ahmed Ali Amir Aisha Amina Fatima Hassan Hussein Ibrahim Khalid Leila Mariam Mehmet
Mohamed Mohammad Mohammed Muhammad Mustafa Omar Yusuf Zainab Zeynep Ayse Fatma Emre Nour
Anne-Marie Ida-Marie Karl-Erik Hans-Henrik Jens-Peter Poul-Erik Svend-Aage
Anja Jette Vibeke Lise Lisbeth Lisa Eva Kamilla Jeanette Mona Sidsel Vivi Gudrun Erna Ketty Knud
Bjørn Kaj Leo Henning René Rene Viktor Theo Arthur Felix Aage Verner Egon Eigil Gunnar Svend
""".split()
_EXTRA_SURNAMES = """
Abildgaard Bak Bang Beck Bisgaard Bjerre Blom Bonde Buch Bundgaard Dalgaard Damgaard Due Ebbesen
Enevoldsen Eskildsen Fischer Fog Gade Gram Hald Hedegaard Hjorth Hvid Juhl Juul Kirkegaard
Kjeldgaard Kofoed Kragh Kruse Lange Lauritzen Lykke Munk Mølgaard Nygaard Obel Pallesen Qvist
Riis Rosenberg Rytter Schrøder Stougaard Thrane Vinther Wulff Æbelø Yilmaz Ahmadi Hussain Khan
Hjort Bøgh Skou Hviid Nørby Fogh Munch Søgaard Westergaard Dalsgaard Villadsen Laustsen
""".split()
# Lower-case forms that are ordinary Danish words (or pronouns) as well as names.
AMBIGUOUS = frozenset("""
per hans bo line rosa ester sten storm ask mark dam skov holm lund berg tom maj mai lykke rune
ravn lind toft kjær bach stig frank sine signe tage ebbe iver frede søs helle ane bitten lærke
bjørn birk vagn ken sam bob ron laus mie sys gade bang due fog gram hvid munk bonde lange kruse
møller august tilde liv sol""".split())
# Towns and districts Faker's list leaves out.
_EXTRA_PLACES = """
Aarhus Hasseris Vejgaard Sønderbro Nørresundby Gug Vestbyen Østerbro Vesterbro Nørrebro Amager
Valby Vanløse Brønshøj Frederiksberg Danmark Sjælland Jylland Fyn Bornholm Nordjylland Midtjylland
Sydjylland Vestjylland Sønderjylland Region Grønland Færøerne Europa Tyskland Sverige Norge
Vipperød Tuse Udby Kirke Orø Mørkøv Regstrup Knabstrup Ugerløse Gislinge Ågerup
""".split()


def _aa_forms(name: str) -> set[str]:
    """'Østergaard' -> {'Østergaard', 'Østergård'}: both spellings are in use."""
    forms = {name}
    if "aa" in name:
        forms.add(name.replace("aa", "å"))
    if "å" in name:
        forms.add(name.replace("å", "aa"))
    return forms


@functools.lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    from faker.providers.person.da_DK import Provider

    names = set(Provider.first_names) | set(_EXTRA_FIRST_NAMES)
    names |= {part for name in names for part in name.split("-")}
    return frozenset(names)


@functools.lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    from faker.providers.person.da_DK import Provider

    return frozenset(form for name in (*Provider.last_names, *_EXTRA_SURNAMES) for form in _aa_forms(name))


@functools.lru_cache(maxsize=1)
def places() -> frozenset[str]:
    """Single words that are places: towns (every word of a two-word town), countries."""
    from faker.providers.address.da_DK import Provider

    words = set(_EXTRA_PLACES)
    for place in (*Provider.cities, *Provider.countries):
        words.update(w for w in place.split() if w[:1].isupper() and len(w) > 2)
    # A name that is also a small town ("Flemming", "Tim") is a name here.
    return frozenset(words - first_names() - surnames())


def surname_shaped(word: str) -> bool:
    """'Kjeldsen', 'Vestergård': the shapes most Danish surnames have."""
    lower = word.lower()
    return len(word) >= 5 and lower.endswith(("sen", "gaard", "gård", "strup", "skov", "holm"))


# Words that make a capitalised run an organisation, institution or building rather than a
# person: the sender rules' organisation endings and the names institutions carry.
ORG_ENDINGS = tuple(
    sorted(
        set(_ORG_ENDINGS)
        | set(
            """skolen skoles skole gymnasium gymnasiet hospital hospitalet sygehus sygehuset kommunes
            region regionen regionens bibliotek biblioteket børnehave børnehaven vuggestue vuggestuen
            dagtilbud plejecenter plejecentret plejehjem plejehjemmet hjemmet boligforening huset
            center centrets klinik klinikken apotek apoteket partiet ministeriet styrelsen
            styrelse rådet rådets udvalgets foreningen foreningens forbundets sagen bekæmpelse
            universitet universitetet akademi akademiet efterskole efterskolen friskole friskolen
            højskole højskolen fritidshjem klubben sfo sfo'en ungdomsskole kollegium kollegiet
            fonden menighed menigheden stift stiftet kirkes hallen hal stadion idrætsforening
            fagforening fagforeningen a-kasse aktivhuset jobhuset værestedet væresteder""".split()
        )
    )
)
# Capitalised words that are never part of a person's name in a letter.
NOT_NAME = frozenset(
    """kære hej hejsa goddag hilsen hilsner venlig venlige mvh vh kh tak til fra vedr vedrørende
    att angående emne høringssvar høring borger borgere udvalg udvalget kommune kommunen
    formand formanden næstformand borgmester rådmand direktør mvh. ps kopi bilag side dato
    mandag tirsdag onsdag torsdag fredag lørdag søndag januar februar marts april maj juni juli
    august september oktober november december jul påske pinse nytår""".split()
)
# Words in a street name: a pure suffix as its own word ("Niels Bohrs Allé").
STREET_WORDS = frozenset(
    "vej gade allé alle stræde vænge plads torv boulevard park sti passage promenade kaj brygge".split()
)
