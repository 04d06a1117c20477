#!/usr/bin/env python3
"""A real SMTP server for the tests (aiosmtpd), on 127.0.0.1.

--mode starttls: STARTTLS offered and required before MAIL; implicit: TLS from the first byte (smtps);
plain: no STARTTLS at all. --auth USER:PASSWORD requires AUTH (only over TLS). Every message received is written
to DIR/messages/NNNNNN.eml, its envelope to NNNNNN.json (written first, the .eml renamed into place last).
A recipient containing "reject" is refused with 550. The certificate is DIR/server.pem + DIR/server.key.
Prints "READY PORT" once it accepts connections, then runs until killed.
"""
import argparse
import asyncio
import json
import os
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Handler:
    def __init__(self, directory):
        self.directory = directory
        self.count = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if "reject" in address:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, "%06d" % self.count)
        with open(base + ".json", "w") as out:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                       "tls": server.transport.get_extra_info("ssl_object") is not None, "authenticated": bool(session.authenticated)}, out)
        with open(base + ".tmp", "wb") as out:
            out.write(envelope.original_content)
        os.rename(base + ".tmp", base + ".eml")
        return "250 Message accepted"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == user and auth_data.password == password
        return AuthResult(success=ok, handled=False)
    return check


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--dir", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--mode", choices=["starttls", "implicit", "plain"], required=True)
    parser.add_argument("--auth")
    args = parser.parse_args()
    messages = os.path.join(args.dir, "messages")
    os.makedirs(messages, exist_ok=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(os.path.join(args.dir, "server.pem"), os.path.join(args.dir, "server.key"))
    smtp = {"data_size_limit": 8 * 1024 * 1024}
    controller_extra = {}
    if args.mode == "starttls":
        smtp.update(tls_context=context, require_starttls=True)
    elif args.mode == "implicit":
        controller_extra["ssl_context"] = context
    if args.auth:
        user, password = args.auth.split(":", 1)
        smtp.update(authenticator=authenticator(user.encode(), password.encode()), auth_required=True,
                    auth_require_tls=args.mode != "plain")
    controller = Controller(Handler(messages), hostname="127.0.0.1", port=args.port, **controller_extra, **smtp)
    controller.start()
    print("READY %d" % args.port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    sys.exit(main())
