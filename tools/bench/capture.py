#!/usr/bin/env python3
"""Signs in to a running regiekamer-server as the demo director and captures the exact answers that
tools/bench/compare-nginx.sh then has nginx serve: the first page of 100 registrations of a webinar, one registration,
and /api/v1/health.

    capture.py --port P --data-dir DIR --webinar ID --out DIR

Writes into --out: token (the bearer token, mode 600), one body file per target (page.json, single.json,
health.json) and targets.tsv with one line per target: name, path (with query), path without query, Content-Type,
then the other response headers (name: value, tab-separated) that nginx should repeat."""
import argparse
import http.client
import json
import os
import ssl
import sys

SKIPPED = {"content-type", "content-length", "date", "connection", "keep-alive", "server", "transfer-encoding"}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--webinar", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--role", default="director")
    args = parser.parse_args()

    context = ssl.create_default_context(cafile=os.path.join(args.data_dir, "server-certificate.pem"))
    context.check_hostname = False
    context.minimum_version = ssl.TLSVersion.TLSv1_3
    connection = http.client.HTTPSConnection("127.0.0.1", args.port, context=context)

    def request(method, path, token=None, body=None):
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if token:
            headers["Authorization"] = "Bearer " + token
        connection.request(method, path, body=body, headers=headers)
        reply = connection.getresponse()
        data = reply.read()
        if reply.status not in (200, 201):
            sys.exit(f"capture.py: {method} {path}: {reply.status} {data[:300]!r}")
        return reply, data

    with open(os.path.join(args.data_dir, "demo-accounts.txt"), encoding="utf-8") as accounts:
        fields = next(line.split() for line in accounts if line.split()[:1] == [args.role])
    _, answer = request("POST", "/api/v1/session", body=json.dumps({"email": fields[1], "password": fields[2]}))
    token = json.loads(answer)["token"]
    os.makedirs(args.out, exist_ok=True)
    with open(os.open(os.path.join(args.out, "token"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "w") as out:
        out.write(token)

    page_path = f"/api/v1/webinars/{args.webinar}/registrations"
    _, page = request("GET", page_path + "?limit=100", token)
    first_id = json.loads(page)["items"][0]["id"]
    targets = [("page", page_path + "?limit=100"), ("single", f"/api/v1/registrations/{first_id}"),
               ("health", "/api/v1/health")]
    lines = []
    for name, path in targets:
        reply, data = request("GET", path, token)
        with open(os.path.join(args.out, name + ".json"), "wb") as out:
            out.write(data)
        extra = [f"{key}: {value}" for key, value in reply.getheaders()
                 if key.lower() not in SKIPPED and '"' not in value and "$" not in value and "'" not in value]
        lines.append("\t".join([name, path, path.split("?")[0], reply.getheader("Content-Type", "")] + extra))
    with open(os.path.join(args.out, "targets.tsv"), "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
