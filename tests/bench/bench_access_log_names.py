#!/usr/bin/env python3
# The cost of names in the access log (issue 16): one page of 100 entries, each a read of a different attendee's
# registration, with the attendees named (the administrator with a reason) against the same page without (no
# reason): one server, one kept-alive TLS connection, alternating rounds, medians. Run by ./bench.
# Usage: bench_access_log_names.py REGIEKAMER_SERVER ROUNDS
import http.client, json, os, shutil, ssl, statistics, subprocess, sys, tempfile, time
binary, rounds = sys.argv[1], int(sys.argv[2])
data = tempfile.mkdtemp()
port = 20000 + os.getpid() % 20000
log = open(os.path.join(data, 'server.log'), 'w')
server = subprocess.Popen([binary, '--data-dir', data + '/d', '--listen', f'127.0.0.1:{port}', '--demo'], stdout=log, stderr=log)
try:
    for _ in range(300):
        if 'listening on' in open(os.path.join(data, 'server.log')).read(): break
        time.sleep(0.1)
    ctx = ssl.create_default_context(cafile=data + '/d/server-certificate.pem'); ctx.check_hostname = False
    conn = http.client.HTTPSConnection('127.0.0.1', port, context=ctx)
    accounts = {l.split()[0]: l.split()[1:] for l in open(data + '/d/demo-accounts.txt') if not l.startswith('#')}
    email, password = accounts['admin']
    conn.request('POST', '/api/v1/session', json.dumps({'email': email, 'password': password}), {'Content-Type': 'application/json'})
    token = json.loads(conn.getresponse().read())['token']
    # Some attendee entries to name: read a few registration lists and decide a few registrations as the director.
    def get(path, headers={}):
        conn.request('GET', path, headers={'Authorization': 'Bearer ' + token, **headers})
        r = conn.getresponse(); body = r.read(); assert r.status == 200, (r.status, body[:200]); return body
    for registration in range(1, 101): # 100 reads of single registrations: 100 different attendees to name
        get(f'/api/v1/registrations/{registration}', {'X-Access-Reason': 'seeding the benchmark'})
    page = json.loads(get('/api/v1/audit?limit=100&action=read&webinar=1', {'X-Access-Reason': 'benchmark of names'}))
    named = sum(1 for e in page['items'] if e.get('names', {}).get('subject') or e.get('names', {}).get('object'))
    times = {'names': [], 'ids': []}
    for _ in range(rounds):
        for kind in ('names', 'ids'):
            headers = {'X-Access-Reason': 'benchmark of names'} if kind == 'names' else {}
            start = time.perf_counter(); get('/api/v1/audit?limit=100&action=read&webinar=1', headers); times[kind].append(time.perf_counter() - start)
    m = {k: statistics.median(v) * 1000 for k, v in times.items()}
    print(f"entries-per-page 100, entries-with-a-person-named {named}")
    print(f"median-ms names={m['names']:.2f} ids={m['ids']:.2f} ratio={m['names']/m['ids']:.2f}")
finally:
    server.terminate(); server.wait()
    shutil.rmtree(data, ignore_errors=True)
