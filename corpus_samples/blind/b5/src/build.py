import json,os
C={}
for p in ['p1.py','p2.py','p3.py']: exec(open(p).read())
out='/work/main/corpus_samples/blind/b5'
for cid,v in C.items():
    ch={"chart_id":cid}; ch.update(v['chart'])
    g={"chart_id":cid,"profile":ch['payer']['profile']}; g.update(v['gold'])
    json.dump(ch,open(f'{out}/charts/{cid}.json','w'),indent=2)
    json.dump(g,open(f'{out}/gold/{cid}.json','w'),indent=2)
print(len(C))
