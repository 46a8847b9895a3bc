"""A test SMTP server (aiosmtpd) that saves every message it accepts as NNNN.eml plus NNNN.json (envelope).

Fault and security options come from argv; see --help. Used by AiosmtpdServer in the integration tests.
"""
import argparse
import asyncio
import base64
import json
import os
import signal
import ssl
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, LoginPassword


def parse_args():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 (the default): a free port the system picks, printed as READY <port>")
    parser.add_argument("--out", required=True, help="directory for NNNN.eml and NNNN.json")
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--implicit-tls", action="store_true", help="TLS from the first byte instead of STARTTLS")
    parser.add_argument("--auth-user")
    parser.add_argument("--auth-password")
    parser.add_argument("--xoauth2-token", help="accept AUTH XOAUTH2 with this bearer token for --auth-user")
    parser.add_argument("--fail-first-data", help="reply (e.g. '451 4.3.0 Try later') to the first DATA, then accept")
    parser.add_argument("--reply-to-mail", help="reply (e.g. '421 4.3.2 Service not available') to every MAIL FROM")
    parser.add_argument("--refuse-rcpt", action="append", default=[], help="answer 550 5.1.1 to RCPT for this address")
    parser.add_argument("--drop-after", type=int, help="after N accepted messages, save the next one and drop the connection without replying (once)")
    parser.add_argument("--stall-after", type=int, help="after N accepted messages, save the next one and never reply to its DATA (the connection stays open)")
    parser.add_argument("--chunking", action="store_true", help="offer CHUNKING (RFC 3030) and take messages by BDAT as well as by DATA")
    parser.add_argument("--max-connections", type=int, help="answer 421 at the greeting, and close, to a connection beyond N open at once")
    return parser.parse_args()


class Sink:
    def __init__(self, args):
        self.args = args
        self.count = 0
        self.lock = threading.Lock()
        self.first_data_failed = False
        self.dropped = False

    def save(self, envelope, session):
        with self.lock:
            self.count += 1
            number = self.count
        stem = os.path.join(self.args.out, "%04d" % number)
        with open(stem + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        meta = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": list(envelope.rcpt_tos),
            "mail_options": list(envelope.mail_options),
            "command": "BDAT" if getattr(envelope, "chunked", False) else "DATA",
            # the client's end of the connection: messages with the same peer came over one SMTP session
            "peer": "%s:%s" % tuple(session.peer[:2]) if session.peer else "",
        }
        with open(stem + ".json.tmp", "w", encoding="utf-8") as f:
            json.dump(meta, f)
        os.replace(stem + ".json.tmp", stem + ".json")
        os.replace(stem + ".eml.tmp", stem + ".eml")
        return number

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if self.args.reply_to_mail:
            return self.args.reply_to_mail
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in (a.lower() for a in self.args.refuse_rcpt):
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.args.fail_first_data and not self.first_data_failed:
            self.first_data_failed = True
            return self.args.fail_first_data
        if self.args.drop_after is not None and not self.dropped and self.count >= self.args.drop_after:
            self.dropped = True
            self.save(envelope, session)
            server.transport.abort()
            return "250 2.0.0 Ok (never delivered: the connection is already closed)"
        if self.args.stall_after is not None and self.count >= self.args.stall_after:
            self.save(envelope, session)
            await asyncio.Event().wait()  # until the client gives up and closes the connection
        number = self.save(envelope, session)
        return "250 2.0.0 Ok: queued as %04d" % number


class OAuthSink(Sink):
    async def auth_XOAUTH2(self, server, args):
        if len(args) > 1:
            blob = base64.b64decode(args[1])
        else:
            blob = await server.challenge_auth("")
            if not isinstance(blob, bytes):
                return AuthResult(success=False)
        fields = dict(part.split("=", 1) for part in blob.decode().split("\x01") if "=" in part)
        user = fields.get("user")
        token = fields.get("auth", "").removeprefix("Bearer ")
        ok = user == self.args.auth_user and token == self.args.xoauth2_token
        if ok:
            return AuthResult(success=True, auth_data=LoginPassword(user.encode(), b""))
        return AuthResult(success=False, handled=False, message="535 5.7.3 Authentication unsuccessful")


class ChunkingHooks:
    """Offers CHUNKING after the other extensions (mixed into the handler with --chunking)."""

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        return responses[:-1] + ["250-CHUNKING", responses[-1]]


class ChunkingSMTP(SMTP):
    """aiosmtpd's server taking BDAT (RFC 3030): chunks of the declared size, no dot-stuffing, the LAST one ends the
    message, which then goes to the handler's DATA hook as a message taken by DATA would."""

    async def smtp_BDAT(self, arg):
        if await self.check_helo_needed() or await self.check_auth_needed("BDAT"):
            return
        parts = (arg or "").split()
        if not parts or not parts[0].isdigit() or len(parts) > 2 or (len(parts) == 2 and parts[1].upper() != "LAST"):
            await self.push("501 Syntax: BDAT chunk-size [LAST]")
            return
        chunk = await self._reader.readexactly(int(parts[0]))
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        received = getattr(self.envelope, "chunks", bytearray())
        received.extend(chunk)
        self.envelope.chunks = received
        if len(parts) == 1:
            await self.push("250 2.0.0 %d octets received" % len(chunk))
            return
        self.envelope.content = self.envelope.original_content = bytes(received)
        self.envelope.chunked = True
        status = await self._call_handler_hook("DATA")
        self._set_post_data_state()
        await self.push("250 OK" if status is MISSING else status)


def limited(smtp_class, most):
    """smtp_class turning away, with 421 at the greeting, every connection beyond `most` open at once."""

    class Limited(smtp_class):
        open_now = 0

        def connection_made(self, transport):
            self.turned_away = Limited.open_now >= most
            if self.turned_away:
                transport.write(b"421 4.7.0 Too many connections, try again later\r\n")
                transport.close()
                return
            Limited.open_now += 1
            super().connection_made(transport)

        def connection_lost(self, exc):
            if self.turned_away:
                return
            Limited.open_now -= 1
            super().connection_lost(exc)

    return Limited


class EphemeralController(Controller):
    """Binds the port it is given, 0 included, and learns which one it got: no port is reserved and released first."""

    async def _bind(self):
        server = await self.loop.create_server(self._factory_invoker, host=self.hostname, port=self.port, ssl=self.ssl_context)
        self.port = server.sockets[0].getsockname()[1]
        return server

    def _create_server(self):
        return self._bind()

    def factory(self):
        # One class for the whole server: the limit counts the connections of every session.
        if getattr(self, "smtp_class", None) is None:
            self.smtp_class = ChunkingSMTP if self.handler.args.chunking else SMTP
            if self.handler.args.max_connections:
                self.smtp_class = limited(self.smtp_class, self.handler.args.max_connections)
        return self.smtp_class(self.handler, **self.SMTP_kwargs)


def authenticator(args):
    def check(server, session, envelope, mechanism, auth_data):
        if not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = auth_data.login.decode() == args.auth_user and auth_data.password.decode() == args.auth_password
        return AuthResult(success=ok, handled=False)
    return check


def main():
    args = parse_args()
    os.makedirs(args.out, exist_ok=True)
    base = OAuthSink if args.xoauth2_token else Sink
    handler = type("ChunkingSink", (ChunkingHooks, base), {})(args) if args.chunking else base(args)
    kwargs = {}
    context = None
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
    if context and args.implicit_tls:
        kwargs["ssl_context"] = context
    elif context:
        kwargs["tls_context"] = context
        kwargs["require_starttls"] = True
    if args.auth_user:
        kwargs["auth_required"] = True
        kwargs["auth_require_tls"] = context is not None
        if args.auth_password:
            kwargs["authenticator"] = authenticator(args)
        else:
            kwargs["auth_exclude_mechanism"] = ["LOGIN", "PLAIN"]
    controller = EphemeralController(handler, hostname=args.host, port=args.port, ready_timeout=10, **kwargs)
    controller.start()
    print("READY %d" % controller.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
