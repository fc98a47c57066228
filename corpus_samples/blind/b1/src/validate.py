import json, glob, os, re, math, datetime
OUT="/work/main/corpus_samples/blind/b1"
REQ=["aatd_diagnosis","genotype","serum_aat_level","lung_disease_evidence","patient_weight","dose_administered","dose_matches_weight","units_match_dose","wastage_documented","lot_number","expiration_date","infusion_times","response_to_therapy","prior_authorization","code_selection"]
KF={"aatd_diagnosis":set(),"genotype":{"alleles"},"serum_aat":{"value","unit"},"weight":{"value","unit","value_kg"},"dose":{"value"},"wastage":{"value"},"lot_number":{"value"},"expiration_date":{"value"},"infusion_start":{"value"},"infusion_end":{"value"},"lung_disease":{"value"},"fev1":{"value"},"response_to_therapy":set(),"prior_authorization":{"value"},"smoking_status":{"value"},"drug_product":{"value"}}
BU={"J2252":1,"J0256":10,"J0257":10}
prof_count={}
for f in sorted(glob.glob(OUT+"/charts/*.json")):
    c=json.load(open(f)); cid=c["chart_id"]; assert os.path.basename(f)==cid+".json"
    g=json.load(open(OUT+"/gold/"+cid+".json"))
    assert g["chart_id"]==cid
    p=c["payer"]["profile"]; assert g["profile"]==p; prof_count[p]=prof_count.get(p,0)+1
    datetime.date.fromisoformat(c["date_of_service"])
    assert 2<=len(c["documents"])<=6
    ids=set()
    for d in c["documents"]:
        assert d["type"] in ("progress_note","lab_report","infusion_record","other"); datetime.date.fromisoformat(d["date"]); assert d["text"].strip(); assert d["id"] not in ids; ids.add(d["id"])
    need=REQ+(["smoking_status"] if p in("medicaid","commercial") else [])+(["fev1_range"] if p=="commercial" else [])
    assert set(g["requirements"])==set(need),(cid,set(g["requirements"])^set(need))
    for k,v in g["requirements"].items(): assert v in("met","missing","conflict","not_applicable")
    seen=set()
    for fd in g["findings"]:
        k=fd["kind"]; assert k in KF,(cid,k); assert set(fd)-{"kind"}==KF[k],(cid,fd)
        key=json.dumps(fd,sort_keys=True); assert key not in seen,(cid,fd); seen.add(key)
        if k in("infusion_start","infusion_end"): assert re.fullmatch(r"\d\d:\d\d",fd["value"])
        if k=="expiration_date": assert re.fullmatch(r"\d{4}-\d\d(-\d\d)?",fd["value"])
        if k=="serum_aat": assert fd["unit"] in("mg/dL","g/L","uM")
    # arithmetic cross-check
    doses=[x["value"] for x in g["findings"] if x["kind"]=="dose"]
    R=g["requirements"]
    if len(doses)==1 and c.get("claim_lines"):
        for code,bu in BU.items():
            lines=[l for l in c["claim_lines"] if l["hcpcs"]==code and "JW" not in l["modifiers"]]
            if lines:
                exp=math.ceil(doses[0]/bu); got=sum(l["units"] for l in lines)
                print(cid,code,"units billed",got,"expected",exp,"gold",R["units_match_dose"])
            jw=[l for l in c["claim_lines"] if l["hcpcs"]==code and "JW" in l["modifiers"]]
            w=[x["value"] for x in g["findings"] if x["kind"]=="wastage"]
            if jw: print(cid,code,"JW",jw[0]["units"],"expected",[math.floor(x/bu) for x in w],"gold",R["wastage_documented"])
    print(cid,p,"gaps:",{k:v for k,v in R.items() if v in("missing","conflict")})
print(prof_count)
