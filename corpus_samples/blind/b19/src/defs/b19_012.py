CHART_ID = "b19-012"
DOS = "2026-02-05"
PAYER = {"profile": "medicaid", "name": "CareSource Ohio (Medicaid)"}
PRIOR_AUTH = "CS-RX-26-0188342"
CLAIM_LINES = [
    {"hcpcs": "Q5103", "units": 30, "modifiers": ["JZ"]},
    {"hcpcs": "96413", "units": 1, "modifiers": []},
    {"hcpcs": "96415", "units": 1, "modifiers": []},
]

D1 = r"""
MIAMI VALLEY DIGESTIVE HEALTH -- INFUSION CENTER
BIOLOGIC INFUSION ORDER / ADMINISTRATION RECORD -- INFLIXIMAB PRODUCTS        Form MV-BIO-3
Patient: OYELARAN, JASMINE R      DOB 10/09/1994      MRN 3310572      DOS 02/05/2026
Diagnosis:  [x] K50.00 Crohn's disease of small intestine without complications
            [ ] K50.10 Crohn's disease of large intestine   [ ] K51.90 Ulcerative colitis   [ ] Other ____
Ordering provider: Tobias Renner-Akins, MD (Gastroenterology)     Order date: 01/08/2026
Product (check one):  [ ] Remicade   [x] Inflectra (infliximab-dyyb)   [ ] Renflexis   [ ] Avsola
Phase:  [ ] Induction wk 0 / 2 / 6   [x] Maintenance q8 weeks   (infusion # 9)
Dose:  [x] 5 mg/kg   [ ] 10 mg/kg      Dosing weight: 61.4 kg     Calculated: 307 mg
       Rounded to vial size (100 mg vials):  ☑ round down to 300 mg   ☐ round up to 400 mg
Premedications (check all given):
  [x] Acetaminophen 650 mg PO    [x] Cetirizine 10 mg PO    [ ] Methylprednisolone ___ mg IV
Pre-infusion screening (latest result on file):
  TB (QuantiFERON):     [x] Negative 08/2025   [ ] Positive   [ ] Not done
  Hepatitis B sAg:      [x] Negative 03/2024
  Pregnancy test:       [x] Negative today (urine hCG)
  Other: LFTs mildly elevated 2023 -- work-up: alpha-1 antitrypsin phenotype MM, level 142 mg/dL;
         ultrasound fatty liver; ALT normal since 06/2024
Prior authorization #:  CS-RX-26-0188342    (valid 01/15/2026 - 07/14/2026)

ADMINISTRATION (RN)
Weight today: 61.4 kg   [x] Standing scale
Vials: 3 x 100 mg   Lot 25D01982   Exp 06/30/2027      Waste: 0 mg   ☑ JZ ☐ JW
Diluted in NS 250 mL (lot 25G118, exp 09/2027)      In-line 1.2 micron filter: [x] Yes
Rate titration per protocol (check as completed):
  [x] 10 mL/h x 15 min  [x] 20 x 15  [x] 40 x 15  [x] 80 x 15  [x] 150 x 30  [x] 250 to end
Start: 1012      Stop: 1219      Total time: 2 h 07 min
Vitals each rate change: [x] done (see flowsheet)
Reaction:  [x] None   [ ] Mild   [ ] Moderate   [ ] Severe
Post-infusion observation 30 min: [ ] Required   [x] Not required (maintenance, no prior reaction)
Next infusion: 04/02/2026 (8 weeks)
RN: Heather Lindqvist-Moore, RN     02/05/2026 12:34
"""

D2 = r"""
gi inf rn note 2/5/26 rm 2
oyelaran jasmine 31f crohns (sb) dx 2022 on inflectra q8wk, infusion #9
s: feels "really good", 1-2 formed bm/day, no blood, no abd pain. no fever/chills. no recent abx
denies sob/cough. lungs clear bilat. never smoker, no vaping
wt 61.4kg (135.4lb) ↑ from 59.8 at last inf 12/11
vs 0955 bp 112/68 hr 72 rr 14 spo2 99% ra t 98.4
upt neg @0950
piv 22g l fa @1000 x1
premed apap 650 + cetirizine 10 po @1003
inflectra 300mg (3x100mg vials) in ns 250ml, titrated per protocol
start 1012 / done 1219
-> no rxn, vs stable each rate change
piv out 1225, pt d/c 1230 ambulatory
fam hx: mom copd (smoker), dad t2dm. no fam hx ibd
pt asks if her "liver enzyme thing" came back -> reviewed w/ pt: alpha-1 test normal (MM) in 2023, dr says nothing to do
next inf 4/2/26, labs (cbc, cmp, crp) 1 wk prior
h. lindqvist-moore rn
"""

D3 = r"""
MIAMI VALLEY DIGESTIVE HEALTH -- INFUSION CENTER
RATE TITRATION / VITAL SIGNS CHECKLIST (attach to MV-BIO-3)       DOS 02/05/2026    Rm 2
Patient: OYELARAN, JASMINE R     Drug: [ ] Remicade  [x] Inflectra  [ ] Renflexis  [ ] Avsola
Total volume: 250 mL      Pump: Alaris 8015 ch B      Filter: [x] 1.2 micron

 Time   Rate (mL/h)   BP       HR   RR   SpO2   Temp    Symptoms (check)            Initials
 1012   10            110/66   70   14   99%    98.4    [x] none  [ ] itch [ ] SOB   HLM
 1027   20            108/64   71   14   99%    --      [x] none  [ ] itch [ ] SOB   HLM
 1042   40            112/68   69   14   98%    --      [x] none  [ ] itch [ ] SOB   HLM
 1057   80            114/70   72   16   99%    --      [x] none  [ ] itch [ ] SOB   HLM
 1112   150           110/68   70   14   99%    98.6    [x] none  [ ] itch [ ] SOB   HLM
 1142   250           108/66   68   14   99%    --      [x] none  [ ] itch [ ] SOB   HLM
 1219   infusion complete, flushed NS 20 mL          [x] none                        HLM

Emergency meds available at chair:  [x] Epinephrine 0.3 mg   [x] Diphenhydramine 50 mg IV
                                    [x] Hydrocortisone 100 mg IV   [x] Albuterol neb
Reaction protocol used?   [ ] Yes   [x] No
Observation after infusion:   [ ] 30 min   [x] not required
RN: H. Lindqvist-Moore, RN
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-05", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-05", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-02-05", "text": D3},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "M"], "ev": ("d1", "alpha-1 antitrypsin phenotype MM")},
    {"kind": "serum_aat", "value": 142, "unit": "mg/dL", "ev": ("d1", "level 142 mg/dL")},
    {"kind": "weight", "value": 61.4, "unit": "kg", "value_kg": 61.4, "ev": ("d1", "Weight today: 61.4 kg")},
    {"kind": "weight", "value": 59.8, "unit": "kg", "value_kg": 59.8, "ev": ("d2", "59.8 at last inf 12/11")},
    {"kind": "prior_authorization", "value": "CS-RX-26-0188342", "ev": ("d1", "Prior authorization #:  CS-RX-26-0188342")},
    {"kind": "smoking_status", "value": "never", "ev": ("d2", "never smoker")},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
    "lung_disease_evidence": "missing", "patient_weight": "met", "dose_administered": "missing",
    "dose_matches_weight": "missing", "units_match_dose": "not_applicable", "wastage_documented": "missing",
    "lot_number": "missing", "expiration_date": "missing", "infusion_times": "missing",
    "response_to_therapy": "missing", "prior_authorization": "met", "code_selection": "not_applicable",
    "smoking_status": "met",
}

ARITH = {
    "dos": DOS,
    "weight": {"value": 61.4, "unit": "kg", "value_kg": 61.4},
    "dose_mg": None, "target_mg_per_kg": 60, "target_mg": None, "pct_diff": None, "within_10pct": None,
    "claim_lines": [],
    "waste_mg": None, "jw_units_expected": None,
    "lots": [],
    "dos_products": [],
}

NOTES = ("NEGATIVE CONTROL: infliximab-dyyb (Inflectra, Q5103 x 30 JZ) maintenance infusion for Crohn's disease; "
         "no AATD (phenotype MM, 142 mg/dL checked for LFTs). Not A1PI findings: infliximab 300 mg, calculated "
         "307 mg, lot 25D01982 exp 06/30/2027, NS lot, 'Waste: 0 mg', start 1012 / stop 1219, premed doses, "
         "'feels really good' (response to infliximab). Mother's COPD is family history; 'lungs clear', 'denies "
         "sob'. Decisions: with claim lines but no A1PI drug line, wastage is judged like the no-claim branch and "
         "the infliximab waste statement is not an A1PI wastage finding (missing); the Medicaid PA number on file "
         "for this encounter satisfies prior_authorization (met).")

META = {
    "style": "NEGATIVE CONTROL. (5)+(4) checkbox biologic infusion order/administration form (☑ JZ ☐ JW, rate-titration checkboxes) + checkbox rate-titration/vitals checklist + lowercase GI infusion RN shorthand (infliximab-dyyb, Q5103)",
    "gaps": "aatd/lung missing; genotype conflict (MM); serum conflict (142 mg/dL); A1PI dose/lot/exp/times/waste/response missing; units/code n/a",
    "traps": "infliximab dose/lot/exp/times/'Waste: 0 mg'; response to infliximab; mother COPD; PA number for this encounter (met); 59.8 kg historical weight",
}
