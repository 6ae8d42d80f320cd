"""Help that reads: every command and option has a one-line help that fits an 80-column terminal, summaries
are never cut mid-sentence, and --json means the same thing everywhere."""

from __future__ import annotations

import click
from click.testing import CliRunner

from tapsite_pipeline.cli.common import json_option
from tapsite_pipeline.cli.main import cli

WIDTH = 80


def _commands(group: click.Group, path=()):
    for name, cmd in sorted(group.commands.items()):
        yield (*path, name), cmd
        if isinstance(cmd, click.Group):
            yield from _commands(cmd, (*path, name))


def _help(path) -> str:
    res = CliRunner().invoke(cli, [*path, "--help"], terminal_width=WIDTH)
    assert res.exit_code == 0, res.output
    return res.output


def _section(text: str, title: str) -> list[str]:
    lines, out, inside = text.splitlines(), [], False
    for ln in lines:
        if ln.strip() == f"{title}:":
            inside = True
            continue
        if inside and ln and not ln.startswith(" "):
            break
        if inside and ln.strip():
            out.append(ln)
    return out


def test_summaries_are_whole_and_fit():
    for path in [(), *[p for p, c in _commands(cli) if isinstance(c, click.Group)]]:
        for line in _section(_help(path), "Commands"):
            assert len(line) <= WIDTH and not line.rstrip().endswith("..."), (path, line)
            assert line.split(maxsplit=1)[1:], (path, f"no summary: {line}")


def test_every_option_has_one_line_of_help_that_fits():
    json_help = json_option(lambda: None).__click_params__[0].help
    for path, cmd in _commands(cli):
        if isinstance(cmd, click.Group):
            continue
        assert cmd.help, path
        for p in cmd.params:
            if isinstance(p, click.Option):
                assert p.help, (path, p.name)
                if p.name == "as_json":
                    assert p.help == json_help, path            # one meaning, one wording
        options = _section(_help(path), "Options")
        wrapped = [ln for ln in options if not ln.lstrip().startswith("-")]
        assert not wrapped, (path, wrapped)                     # an option's help wrapped onto a second line
        assert all(len(ln) <= WIDTH for ln in options), (path, [ln for ln in options if len(ln) > WIDTH])
