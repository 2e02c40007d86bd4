"""A real SMTP server on loopback for the mail tests (aiosmtpd, Debian's python3-aiosmtpd).

Usage: /usr/bin/python3 smtp_sink.py PORT FOLDER
Each accepted message is parsed and written as FOLDER/<n>.json (to, from, subject, key header, language,
plain-text and HTML bodies), first to a temporary name and then renamed, so a reader never sees half a file.
Prints "listening" once the port accepts connections.
"""
import asyncio
import email
import email.policy
import itertools
import json
import os
import sys

from aiosmtpd.controller import Controller


class JsonFolder:
    def __init__(self, folder):
        self.folder = folder
        self.counter = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        text = message.get_body(preferencelist=("plain",))
        html = message.get_body(preferencelist=("html",))
        record = {
            "envelope_to": envelope.rcpt_tos,
            "to": str(message["To"]),
            "from": str(message["From"]),
            "subject": str(message["Subject"]),
            "key": str(message["X-Certification-Key"] or ""),
            "language": str(message["Content-Language"] or ""),
            "text": text.get_content() if text is not None else "",
            "html": html.get_content() if html is not None else "",
        }
        name = os.path.join(self.folder, "%06d.json" % next(self.counter))
        with open(name + ".tmp", "w", encoding="utf-8") as f:
            json.dump(record, f, ensure_ascii=False)
        os.replace(name + ".tmp", name)
        return "250 OK"


def main():
    port, folder = int(sys.argv[1]), sys.argv[2]
    os.makedirs(folder, exist_ok=True)
    controller = Controller(JsonFolder(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print("listening", flush=True)
    try:
        sys.stdin.read()  # runs until the test closes stdin or kills the process
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
