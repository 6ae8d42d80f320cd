"""`tapsite chat`: the owner's conversation in the terminal, from an empty brief to a deployed, refined site."""

from __future__ import annotations

from collections.abc import Callable

import click

from tapsite_pipeline.cli.common import home_option


def _terminal() -> tuple[Callable[[], str], Callable[[str], None]]:
    """(ask, say): rich prompts when rich is installed, else click's."""
    try:
        from rich.console import Console
        from rich.prompt import Prompt
    except ImportError:  # pragma: no cover - rich ships with the project's dependencies
        return (lambda: click.prompt(">", prompt_suffix=" ", default="", show_default=False)), click.echo
    class Ask(Prompt):
        prompt_suffix = " "

    console = Console(highlight=False)
    return (lambda: Ask.ask("[bold]>[/bold]", console=console, default="", show_default=False)), \
        (lambda text: console.print(f"[cyan]tapsite:[/cyan] {text}" if not text.startswith("(") else text,
                                    markup=True, highlight=False, soft_wrap=True))


@click.command("chat")
@click.option("--conversation", "conversation_id", metavar="ID", help="Resume this conversation.")
@click.option("--model", metavar="MODEL", help="provider:model for every LLM call.")
@home_option
def chat_cmd(conversation_id, model, home) -> None:
    """Talk a website into being, then refine it turn by turn.

    Describe the business, confirm what was understood, then ask for changes until it is right.
    """
    from rich.markup import escape

    from tapsite_pipeline.chat.machine import State
    from tapsite_pipeline.chat.session import ChatSession
    from tapsite_pipeline.pipeline import Runtime

    rt = Runtime.local(home, model=model)
    session = ChatSession(rt, conversation_id)
    ask, say = _terminal()
    resume = f"(conversation {session.conv.id}; resume it with: tapsite chat --conversation {session.conv.id})"
    say(resume)
    for reply in session.open():
        say(escape(reply))
    while session.state != State.COMPLETE:
        try:
            text = ask()
        except (EOFError, KeyboardInterrupt):
            say("\n" + resume)
            return
        if text.strip():
            for reply in session.send(text):
                say(escape(reply))
