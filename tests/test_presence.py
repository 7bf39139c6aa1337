"""The learned theme-presence model: its features over (response, element) pairs, when it
may decide, and `hoering eval --learned` scoring it leave-one-consultation-out with the
themes people confirmed or removed as examples (small letters written here)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from hoering.analysis import presence
from hoering.cli import main

CODEBOOK = {
    "luk": {"label": "Lukning af Solhuset", "keywords": ["Solhuset"]},
    "takst": {"label": "Højere takst i klubben", "keywords": ["takst", "forældrebetaling"]},
    "bus": {"label": "Færre busture", "keywords": ["bustur", "busture"]},
}


def _row(row: tuple[float, ...]) -> dict[str, float]:
    return dict(zip(presence.FEATURES, row, strict=True))


def test_features_describe_how_a_letter_treats_each_element() -> None:
    text = ("Lukning af Solhuset\n\nVi er imod lukningen. Solhuset er byens samlingspunkt.\n\n"
            "Højere takst i klubben\n\nIngen bemærkninger.\n\n"
            "Vi har ingen bemærkninger til de øvrige forslag.")
    (rows,) = presence.features([text], CODEBOOK)
    luk, takst, bus = (_row(rows[k]) for k in ("luk", "takst", "bus"))
    assert luk["rules"] == 1 and luk["heading"] == 1 and luk["cover"] > 0.5
    assert takst["rules"] == 0 and takst["no_comment"] == 1
    assert bus["rules"] == 0 and bus["blanket"] == 1 and bus["cover"] == 0
    assert luk["discussed_share"] == takst["discussed_share"] == 1 / 3


def test_merged_features_take_the_strongest_of_each_document() -> None:
    a, b = presence.features(["Vi er imod lukningen af Solhuset.", "Vi har ingen bemærkninger."], CODEBOOK)
    merged = presence.merged_features([a, b], list(CODEBOOK))
    assert _row(merged["luk"])["rules"] == 1
    assert set(merged) == set(CODEBOOK)


def _examples(n: int, present: bool) -> list[presence.Example]:
    row = (1.0, 1.0, 0.7, 1.1, 0, 0, 0, 0, 0.8, 0.8, 0.5) if present else (0, 0, 0, 0, 0.7, 0, 0, 0, 0.2, 0.2, 0.5)
    return [presence.Example(tuple(float(x) for x in row), present)] * n


def test_the_model_waits_for_enough_examples_of_both_kinds() -> None:
    assert not presence.PresenceModel(_examples(presence.MIN_EXAMPLES, True)).ready
    assert not presence.PresenceModel(_examples(10, True) + _examples(10, False)).ready
    model = presence.PresenceModel(_examples(30, True) + _examples(30, False))
    assert model.ready
    said = _examples(1, True)[0].features
    assert model.combine(said) == (True, model.probability(said))
    # Until it is ready the rules decide: the first feature is their decision.
    assert presence.PresenceModel([]).combine(said) == (True, 1.0)


def test_the_model_overrules_the_rules_only_when_sure() -> None:
    model = presence.PresenceModel(_examples(30, True) + _examples(30, False))
    # The rules said "discussed", everything else looks like an element the letter leaves alone.
    odd = (1.0, *_examples(1, False)[0].features[1:])
    p = model.probability(odd)
    present, confidence = model.combine(odd)
    assert present == (p > 1 - presence.SURE)
    assert confidence == (p if present else 1 - p)


def _consultation(tmp_path: Path, name: str, runner: CliRunner, archive: list[str]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    letters = [
        ("Vi er imod lukningen af Solhuset. Solhuset er vigtigt for børnene.", ["luk"]),
        ("Den højere takst i klubben rammer familierne. Forældrebetalingen er allerede høj.", ["takst"]),
        ("Færre busture gør det svært at komme til klubben. Vi beder om flere busture.", ["bus"]),
        ("Solhuset skal bevares, og taksten må ikke stige.", ["luk", "takst"]),
        ("Vi ser gerne, at busturene bevares. Solhuset er vores mødested.", ["bus", "luk"]),
    ]
    responses = []
    for i, (text, themes) in enumerate(letters, 1):
        (folder / f"{i:02d}.txt").write_text(f"Høringssvar fra forening {i} i {name}\n\n{text}\n", encoding="utf-8")
        responses.append({"n": i, "file": f"{i:02d}.txt", "themes": themes, "themes_no_comment": [],
                          "stance": {}, "emergent": []})
    config = tmp_path / f"{name}.toml"
    config.write_text(f'title = "{name}"\n' + "".join(
        f'[themes.{k}]\nlabel = "{t["label"]}"\nkeywords = {json.dumps(t["keywords"], ensure_ascii=False)}\n'
        for k, t in CODEBOOK.items()), encoding="utf-8")
    labels = tmp_path / f"{name}.json"
    labels.write_text(json.dumps({"codebook": CODEBOOK, "responses": responses}, ensure_ascii=False), encoding="utf-8")
    assert runner.invoke(main, [*archive, "new", name, "--config", str(config)]).exit_code == 0
    assert runner.invoke(main, [*archive, "collect", name, str(folder)]).exit_code == 0
    return labels


def test_eval_learned_scores_theme_presence_with_peoples_decisions(tmp_path: Path) -> None:
    runner = CliRunner()
    archive = ["--archive", str(tmp_path / "arkiv")]
    labels = {name: _consultation(tmp_path, name, runner, archive) for name in ("a", "b", "c")}
    sets = [arg for name, path in labels.items() for arg in ("--learned", f"{name}={path}")]
    before = json.loads(runner.invoke(main, [*archive, "eval", *sets, "--json"]).output)
    # 5 letters x 3 elements per consultation, two consultations to learn from.
    assert [f["themes"]["train_examples"] for f in before] == [30, 30, 30]
    assert all(f["themes"]["pairs"] == 15 for f in before)
    assert all(0 < f["themes"]["rules_micro_f1"] <= 1 for f in before)
    # A theme a person removed in c and one a person confirmed: examples for the folds that leave c in.
    assert runner.invoke(main, [*archive, "tag", "c", "1", "luk", "--remove"]).exit_code == 0
    assert runner.invoke(main, [*archive, "tag", "c", "2", "takst", "--stance", "imod"]).exit_code == 0
    after = json.loads(runner.invoke(main, [*archive, "eval", *sets, "--json"]).output)
    assert [f["themes"]["train_examples"] for f in after] == [32, 32, 30]
    text = runner.invoke(main, [*archive, "eval", *sets]).output
    assert "Temaer, mikro-F1" in text and "regler + lært" in text
