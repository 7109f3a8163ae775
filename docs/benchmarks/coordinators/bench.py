#!/usr/bin/env python3
"""Which people of a task force coordinate it: one Keycloak call per person (the realm role model) against one call
for the coordinators' subgroup (the portal's model since session 5). Talks to Keycloak's Admin REST API as the
portal's service account, over one kept-alive connection, as keycloak-admin-client does.

    bench.py KEYCLOAK_URL [people, default 200] [rounds, default 5]
"""
import http.client
import json
import sys
import time
import urllib.parse
import uuid

base = sys.argv[1].rstrip("/")
people = int(sys.argv[2]) if len(sys.argv) > 2 else 200
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 5
url = urllib.parse.urlparse(base)
conn = http.client.HTTPConnection(url.hostname, url.port)


def call(method, path, body=None, token=None, form=False):
    headers = {}
    if token:
        headers["Authorization"] = "Bearer " + token
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded" if form else "application/json"
        body = urllib.parse.urlencode(body) if form else json.dumps(body)
    conn.request(method, path, body=body, headers=headers)
    answer = conn.getresponse()
    data = answer.read()
    if answer.status // 100 != 2:
        raise SystemExit(f"{method} {path}: HTTP {answer.status} {data[:200]!r}")
    return json.loads(data) if data else None, answer.getheader("Location")


def token():
    return call("POST", "/realms/taskforce/protocol/openid-connect/token", {
        "grant_type": "client_credentials", "client_id": "portal-provisioner",
        "client_secret": "provisioner-dev-secret"}, form=True)[0]["access_token"]


admin = "/admin/realms/taskforce"
t = token()
slug = "bench-" + uuid.uuid4().hex[:8]
parent = call("GET", admin + "/group-by-path/task-forces", token=t)[0]["id"]
_, location = call("POST", f"{admin}/groups/{parent}/children", {"name": slug}, t)
group = location.rsplit("/", 1)[1]
_, location = call("POST", f"{admin}/groups/{group}/children", {"name": "coordinators"}, t)
coordinators = location.rsplit("/", 1)[1]
available = call("GET", f"{admin}/groups/{coordinators}/role-mappings/realm/available", token=t)[0]
call("POST", f"{admin}/groups/{coordinators}/role-mappings/realm",
     [r for r in available if r["name"] == "coordinator"], t)
member_role = [r for r in call("GET", f"{admin}/groups/{group}/role-mappings/realm/available", token=t)[0]
               if r["name"] == "member"]
print(f"Creating {people} people in /task-forces/{slug}, one in ten a coordinator ...", flush=True)
for i in range(people):
    if i % 50 == 0:
        t = token()
    name = f"{slug}-{i:04d}"
    _, location = call("POST", admin + "/users", {"username": name, "email": f"{name}@example.org",
                                                  "firstName": "P", "lastName": name, "enabled": True}, t)
    user = location.rsplit("/", 1)[1]
    call("PUT", f"{admin}/users/{user}/groups/{group}", token=t)
    call("POST", f"{admin}/users/{user}/role-mappings/realm", member_role, t)
    if i % 10 == 0:
        call("PUT", f"{admin}/users/{user}/groups/{coordinators}", token=t)


def per_person(t):
    members = call("GET", f"{admin}/groups/{group}/members?first=0&max=100000", token=t)[0]
    return {m["id"] for m in members
            if any(r["name"] == "coordinator" for r in
                   call("GET", f"{admin}/users/{m['id']}/role-mappings/realm/composite", token=t)[0])}, len(members) + 1


def by_subgroup(t):
    call("GET", f"{admin}/group-by-path/task-forces/{slug}", token=t)
    call("GET", f"{admin}/groups/{group}/members?first=0&max=100000", token=t)
    sub = call("GET", f"{admin}/group-by-path/task-forces/{slug}/coordinators", token=t)[0]["id"]
    return {m["id"] for m in call("GET", f"{admin}/groups/{sub}/members?first=0&max=100000", token=t)[0]}, 4


for r in range(1, rounds + 1):
    for label, way in (("one call per person", per_person), ("coordinators' subgroup", by_subgroup)):
        t = token()
        start = time.perf_counter()
        found, calls = way(t)
        elapsed = (time.perf_counter() - start) * 1000
        print(f"round {r}  {label:24s} {elapsed:8.1f} ms  {calls:4d} calls  {len(found)} coordinators", flush=True)
