# Checks a labeller's output against its input. Usage: check-labels.py parts|jobask input.json output.json
import json, sys, re
kind, inp, outp = sys.argv[1:4]
msgs = {m['id']: m for m in json.load(open(inp))}
out = json.load(open(outp))
problems = []
def words(t): return re.findall(r'[^\W_]+', t.lower())
for mid, m in msgs.items():
    body = '\n'.join(m['body'])
    text = (m.get('subject', '') + '\n' + body)
    if kind == 'parts':
        got = out.get(mid, {})
        for p in m['partsItHas']:
            if not got.get(p): problems.append(f'{mid} {p}: no fragment')
        for p, frags in got.items():
            if p not in m['partsItHas']: problems.append(f'{mid} {p}: not a part this message is labelled as having')
            for f in frags:
                if f not in body: problems.append(f'{mid} {p}: not copied exactly from the body: {f!r}')
                elif '\n' in f: problems.append(f'{mid} {p}: runs over a line break: {f!r}')
                elif len(words(f)) < 3: problems.append(f'{mid} {p}: fewer than three words: {f!r}')
    else:
        frags = out.get(mid)
        if not frags: problems.append(f'{mid}: no fragment')
        for f in frags or []:
            if f not in text: problems.append(f'{mid}: not copied exactly from the subject or body: {f!r}')
            elif '\n' in f: problems.append(f'{mid}: runs over a line break: {f!r}')
            elif len(words(f)) < 3: problems.append(f'{mid}: fewer than three words: {f!r}')
for mid in out:
    if mid not in msgs: problems.append(f'{mid}: not in the input')
print('\n'.join(problems) or f'ok: {len(out)} messages, {sum(len(v) if isinstance(v, list) else sum(map(len, v.values())) for v in out.values())} fragments')
sys.exit(1 if problems else 0)
