#!/usr/bin/env python3
"""Opens COUNT live event streams (USERS users, HS256 tokens) on a Todo server and holds them until stdin closes.

Prints "open <n>" once every stream has answered 200 and sent its retry line, then "events <n>" after a
task created per user reached every stream of that user. Used by bench/streams.sh.
"""
import asyncio, base64, hashlib, hmac, json, sys, time, urllib.request


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(secret: str, issuer: str, sub: str) -> str:
    now = int(time.time())
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = b64url(json.dumps({"sub": sub, "iss": issuer, "aud": issuer, "iat": now, "exp": now + 3600}).encode())
    sig = hmac.new(secret.encode(), f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{b64url(sig)}"


async def open_stream(port, user, bearer):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write((f"GET /api/{user}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {bearer}\r\n"
                  "Accept: text/event-stream\r\n\r\n").encode())
    await writer.drain()
    status = (await reader.readline()).decode()
    if " 200 " not in status:
        raise SystemExit(f"stream of {user} answered {status.strip()}")
    while True:
        line = (await reader.readline()).decode()
        if line.startswith("retry:"):
            return reader, writer


async def next_event(reader):
    while True:
        line = (await reader.readline()).decode()
        if line.startswith("event:"):
            return line


async def main():
    port, count, users, secret, issuer = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
    ids = [f"streamer{i:04d}" for i in range(users)]
    tokens = {uid: token(secret, issuer, uid) for uid in ids}
    streams = []
    for i in range(count):
        uid = ids[i % users]
        streams.append((uid, await open_stream(port, uid, tokens[uid])))
    print(f"open {len(streams)}", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    for uid in ids:
        request = urllib.request.Request(f"http://127.0.0.1:{port}/api/{uid}/tasks", data=b'{"title":"ping"}',
                                         headers={"Authorization": f"Bearer {tokens[uid]}", "Content-Type": "application/json"})
        urllib.request.urlopen(request).read()
    got = await asyncio.gather(*(asyncio.wait_for(next_event(r), 30) for _, (r, _) in streams))
    print(f"events {len(got)}", flush=True)
    await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)


asyncio.run(main())
