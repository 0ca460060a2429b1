"""`python -m replykit ...` runs the replykit command."""

from replykit.cli import run

if __name__ == "__main__":
    run()
