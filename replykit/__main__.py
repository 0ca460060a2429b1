from replykit.cli import run

run()
