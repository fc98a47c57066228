import json,glob,math,datetime,re
BASE=["aatd_diagnosis","genotype","serum_aat_level","lung_disease_evidence","patient_weight","dose_administered","dose_matches_weight","units_match_dose","wastage_documented","lot_number","expiration_date","infusion_times","response_to_therapy","prior_authorization","code_selection"]
KF={"aatd_diagnosis":set(),"genotype":{"alleles"},"serum_aat":{"value","unit"},"weight":{"value","unit","value_kg"},"dose":{"value"},"wastage":{"value"},"lot_number":{"value"},"expiration_date":{"value"},"infusion_start":{"value"},"infusion_end":{"value"},"lung_disease":{"value"},"fev1":{"value"},"response_to_therapy":set(),"prior_authorization":{"value"},"smoking_status":{"value"},"drug_product":{"value"}}
ST={"met","missing","conflict","not_applicable"}
for f in sorted(glob.glob('charts/*.json')):
    c=json.load(open(f)); g=json.load(open(f.replace('charts','gold')))
    cid=c['chart_id']; assert g['chart_id']==cid
    datetime.date.fromisoformat(c['date_of_service'])
    assert 2<=len(c['documents'])<=6
    for d in c['documents']:
        assert d['type'] in {"progress_note","lab_report","infusion_record","other"}; datetime.date.fromisoformat(d['date']); assert d['text'] and d['id']
    prof=c['payer']['profile']; assert g['profile']==prof
    need=BASE+(["smoking_status"] if prof in("medicaid","commercial") else [])+(["fev1_range"] if prof=="commercial" else [])
    assert set(g['requirements'])==set(need),(cid,set(need)^set(g['requirements']))
    assert all(v in ST for v in g['requirements'].values())
    for fd in g['findings']:
        k=fd['kind']; assert k in KF,(cid,k); assert set(fd)-{"kind"}==KF[k],(cid,fd)
    # arithmetic
    F=lambda k:[x for x in g['findings'] if x['kind']==k]
    dose=F('dose'); R=g['requirements']; msg=[]
    if dose and c.get('claim_lines'):
        d=dose[0]['value']
        for code,bu in (("J0256",10),("J0257",10),("J2252",1)):
            adm=sum(l['units'] for l in c['claim_lines'] if l['hcpcs']==code and 'JW' not in l['modifiers'])
            jw=[l['units'] for l in c['claim_lines'] if l['hcpcs']==code and 'JW' in l['modifiers']]
            if adm: msg.append(f"{code} adm {adm} vs {math.ceil(d/bu)}")
            if jw and F('wastage'): msg.append(f"JW {jw} vs {math.floor(F('wastage')[0]['value']/bu)}")
    ws=F('weight')
    print(cid,prof,{k:v for k,v in R.items() if v!='met'},msg, [(w['value_kg']) for w in ws], [x['value'] for x in dose])
    for w in ws:
        if w['unit']=='lb': assert abs(round(w['value']*0.45359237,1)-w['value_kg'])<1e-9,(cid,w)
print("ok")
