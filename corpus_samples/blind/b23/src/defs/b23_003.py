"""b23-003: commercial, complete. Style (3): inpatient admission for an AECOPD; five-day MAR with
many scheduled/PRN/held drugs; the weekly Glassia dose given on the ward on 02/11 only; combined
daily progress notes; admission H&P. Glassia 4 x 1,080 mg = 4,320 mg, J0257 432 JZ (specialty
drug carve-out billed on the professional claim)."""

CHART_ID = "b23-003"
DOS = "2026-02-11"
PAYER = {"profile": "commercial", "name": "Blue Meridian PPO (specialty drug carve-out)"}
PRIOR_AUTH = "BM-SRX-5530981"
CLAIM_LINES = [
    {"hcpcs": "J0257", "units": 432, "modifiers": ["JZ"]},
]

D1 = """
ST. BRENDAN REGIONAL MEDICAL CENTER            MEDICATION ADMINISTRATION RECORD
Patient: KOWALCZYK-RUIZ, MARTA E     MRN 40019387    Acct 8820014471    Rm 5W-512-B
Admit 02/09/2026 18:47    Attending: Priya Sethuraman, MD    Allergies: sulfa (rash)
Print range 02/09/2026 00:00 - 02/13/2026 23:59      Printed 02/13/2026 15:02 by 5W-UC
Legend: G=given H=held R=refused NG=not given NB=new bag C=complete/stopped RC=rate change
        (initials) = nurse; times 24h

--- SCHEDULED ---------------------------------------------------------------------------
methylPREDNISolone (SOLU-MEDROL) 40 mg IV q12h           start 02/09 2100  d/c 02/11 1215
   02/09  2130 G (ak)
   02/10  0900 G (rb)   2100 G (jt)
   02/11  0900 G (rb)   2100 -- discontinued
predniSONE 40 mg PO daily (day 3 of 7)                   start 02/12
   02/12  0900 G (mo)
   02/13  0900 G (mo)
azithromycin (ZITHROMAX) 500 mg IV q24h x1 then 250 mg PO daily
   02/09  2200 G (ak)  500 mg IV
   02/10  0900 G (rb)  250 mg PO     02/11 0900 G (rb)     02/12 0900 G (mo)   02/13 0900 G (mo)
enoxaparin (LOVENOX) 40 mg subcut daily
   02/10  0900 G (rb)   02/11 0900 G (rb)
   02/12  0900 H (mo)  held - blood-streaked sputum x2, MD aware (Dr. Sethuraman)
   02/13  0900 G (mo)  resumed per MD
ipratropium-albuterol (DUONEB) 3 mL neb q4h while awake  (RT)
   02/10  0800 G  1200 G  1600 G  2000 G
   02/11  0800 G  1200 G  1600 NG (pt off unit - CT)  2000 G
   02/12  0800 G  1200 G  1600 G  2000 G      02/13 0800 G  1200 G
budesonide-formoterol (SYMBICORT) 160-4.5 mcg 2 puff BID  (pt's own supply)
   02/10  0900 G  2100 G    02/11 0900 G  2100 R (pt refused, "already used mine")
   02/12  0900 G  2100 G    02/13 0900 G
pantoprazole 40 mg PO daily before breakfast
   02/10 0630 G   02/11 0630 G   02/12 0630 G   02/13 0630 G
insulin lispro correction scale subcut AC/HS (steroid hyperglycemia)
   02/10  0730 2 units (BG 188)  1130 4 units (BG 241)  1630 4 units (BG 236)  2100 0 units (BG 164)
   02/11  0730 2 units (BG 172)  1130 H (NPO for CT, BG 149)  1630 2 units (BG 199)
   02/12  0730 0 units (BG 138)  1130 2 units (BG 181)  -- scale d/c'd 02/12 1400
alpha-1 proteinase inhibitor, human (GLASSIA) IV once - pt's home weekly dose (Wednesday), given
on ward per pulm   ordered 60 mg/kg = 4,296 mg, round to whole vials
   Order entered 02/10 1644 (Dr. Haddad); pharmacy verified 02/11 1118 (RPh L. Obuya)
   Dispensed 4 vials, carton actual content 1,080 mg/vial = 4,320 mg in 200 mL, undiluted
   02/11  1402 NB (sk)  lots KA25J0413 x2 (exp 10/2027) and KA25J0427 x2 (exp 12/2027);
                        5 micron in-line filter; pump 7 mL/min
          1431 C  (sk)  4,320 mg infused - full contents of all 4 vials, no waste; NS flush 20 mL

--- PRN ---------------------------------------------------------------------------------
albuterol 2.5 mg neb q2h PRN wheeze/SOB
   02/09  2245 G (ak)    02/10 0355 G (jt)    02/11 1710 G (sk)
acetaminophen 650 mg PO q6h PRN pain/fever >38.3
   02/10  0412 G (jt)  T 38.4        02/11 2210 G (jt)  HA
guaiFENesin ER 600 mg PO q12h PRN cough
   02/10  0900 G (rb)    02/11 0900 G (rb)    02/12 -- not requested
melatonin 3 mg PO HS PRN sleep
   02/10  2215 G (jt)    02/11 2215 G (jt)
ondansetron 4 mg IV q6h PRN nausea          -- no doses charted
benzonatate 100 mg PO TID PRN cough         -- no doses charted

--- IV FLUIDS ---------------------------------------------------------------------------
sodium chloride 0.9% 75 mL/h continuous       02/09 2140 NB (ak)   02/10 1420 C (rb) - saline lock
"""

D2 = """
ST. BRENDAN REGIONAL MEDICAL CENTER - PROGRESS NOTES (all authors)
Patient: KOWALCZYK-RUIZ, MARTA E     MRN 40019387     Printed 02/13/2026 15:05

---------------------------------------------------------------------------------------
02/10/2026 09:40  Hospitalist Progress Note - Priya Sethuraman, MD          HD#2
S: Slept poorly, still wheezy, sputum yellow, less than on admission. Febrile once overnight 38.4.
O: T 37.6 HR 96 RR 22 BP 132/70 SpO2 91% 2L. Wt 72.4 kg (bed scale). Diffuse exp wheeze, no crackles.
   WBC 13.1, procalcitonin 0.09. Resp viral panel: rhinovirus/enterovirus POSITIVE.
A/P: AECOPD triggered by rhinovirus in pt with AATD/emphysema. Continue IV steroid, azithro,
   duonebs. Home Glassia is due tomorrow (Wed) - pulm to order on ward, pt prefers not to miss.
   DVT ppx enoxaparin. Steroid hyperglycemia - correction scale.

---------------------------------------------------------------------------------------
02/11/2026 10:15  Pulmonary Consult Follow-up - Samir Haddad, MD
Known to me from clinic. AATD PI*ZZ, emphysema, on Glassia weekly since 2021. She has done well on
augmentation: FEV1 has held steady over the last 3 years and this is her first exacerbation
requiring admission since starting Glassia - good response overall. Today wheeze improving,
SpO2 93% 2L. Wt 71.6 kg this AM. OK to give her weekly Glassia on the ward today (60 mg/kg, whole
vials - pharmacy to round). Transition to prednisone tomorow if improving. CT chest today to
exclude PE given new blood-streaked sputum. Case mgmt confirmed with Blue Meridian that the dose
is covered under her specialty-drug auth #BM-SRX-5530981 (09/01/2025-08/31/2026).

---------------------------------------------------------------------------------------
02/11/2026 16:30  Nursing note - S. Kim, RN
Glassia infusion done on unit, started 1402, completed 1431, pt tolerated w/o reaction, VS stable
(1415 BP 128/74 HR 90; 1445 BP 126/72 HR 88). CTA chest 1540 - back on unit 1620.

---------------------------------------------------------------------------------------
02/12/2026 08:55  Hospitalist Progress Note - Priya Sethuraman, MD          HD#4
S: Breathing much better, walked in hall w/ PT. 2 small streaks of blood in sputum yesterday.
O: T 36.9 HR 84 SpO2 94% 1L. Wt 71.6 kg. Scattered wheeze only.
   CTA 02/11: no PE. Panlobular emphysema lower lobes, unchanged vs 2024; no consolidation.
A/P: AECOPD improving - IV methylpred -> prednisone 40 mg day 3/7, azithro to complete 5 days.
   Hold enoxaparin this AM for streaking, resume tomorrow if none. Glassia given 02/11, next
   weekly dose 02/18 at her outpatient infusion center (if still inpatient, give on ward).
   Wean O2. Anticipate d/c 02/13.
"""

D3 = """
ST. BRENDAN REGIONAL MEDICAL CENTER - HISTORY AND PHYSICAL
02/09/2026 20:10   Admitting: Priya Sethuraman, MD (Hospitalist)
Patient: Kowalczyk-Ruiz, Marta E   62 F   MRN 40019387

CC: SOB x3 days, productive cough
HPI: 62F with alpha-1 antitrypsin deficiency (PI*ZZ, diagnosed 2019; AAT 0.31 g/L at diagnosis)
and emphysema on weekly Glassia augmentation presents with 3 days of worsening dyspnea, cough with
yellow sputum, subjective fevers; grandson sick with a cold last week. Used albuterol q2-3h at home
without relief. No chest pain, no leg swelling. Last Glassia dose 02/04 at Lakeside infusion.

PMH: AATD with emphysema/COPD (GOLD 3), osteopenia, GERD, hypothyroidism.
Home meds: Glassia ~4.3 g IV weekly (Wed); Symbicort 160/4.5 2 puffs BID; Spiriva Respimat
2.5 mcg 2 puffs daily; albuterol HFA prn; levothyroxine 75 mcg daily; omeprazole 20 mg daily;
calcium/vit D.
Social: former smoker, 25 pack-years, quit 2012. No alcohol. Lives with husband.
Family: sister PI*SZ (not on therapy); father died of "emphysema" at 64.
PFT 08/2025 (post-BD): FEV1 0.98 L, 41% predicted; FEV1/FVC 0.39.

Exam: T 38.1 HR 104 RR 24 BP 138/76 SpO2 88% RA -> 92% 2L NC. Wt 72.9 kg.
   Tachypneic, speaking in phrases, diffuse expiratory wheeze, prolonged expiration.
Labs: WBC 14.2, Hgb 13.6, BMP unremarkable except glucose 161. VBG 7.38/48.
CXR: hyperinflation, no focal consolidation.

A/P:
1. Acute exacerbation of COPD (J44.1) in AATD - admit, methylpred 40 mg IV q12h, azithromycin,
   duonebs q4h + albuterol prn, O2 goal 88-92%, resp viral panel.
2. AATD (E88.01) on augmentation - continue weekly Glassia; due 02/11. Pulm (Dr. Haddad) aware.
3. Hypothyroid - continue levothyroxine (not on inpatient MAR print - pt's own med, see note).
Code status: Full.
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-02-13", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-02-12", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-09", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency (PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "PI*ZZ, diagnosed 2019"},
    {"kind": "serum_aat", "value": 0.31, "unit": "g/L", "_doc": "d3", "_ev": "AAT 0.31 g/L at diagnosis"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "Panlobular emphysema lower lobes"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d3", "_ev": "Acute exacerbation of COPD (J44.1)"},
    {"kind": "fev1", "value": 41, "_doc": "d3", "_ev": "FEV1 0.98 L, 41% predicted"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "former smoker, 25 pack-years, quit 2012"},
    {"kind": "weight", "value": 72.9, "unit": "kg", "value_kg": 72.9, "_date": "2026-02-09", "_doc": "d3", "_ev": "Wt 72.9 kg"},
    {"kind": "weight", "value": 72.4, "unit": "kg", "value_kg": 72.4, "_date": "2026-02-10", "_doc": "d2", "_ev": "Wt 72.4 kg (bed scale)"},
    {"kind": "weight", "value": 71.6, "unit": "kg", "value_kg": 71.6, "_date": "2026-02-11", "_doc": "d2", "_ev": "Wt 71.6 kg this AM"},
    {"kind": "dose", "value": 4320, "_doc": "d1", "_ev": "4,320 mg infused"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "full contents of all 4 vials, no waste"},
    {"kind": "lot_number", "value": "KA25J0413", "_doc": "d1", "_ev": "lots KA25J0413 x2"},
    {"kind": "lot_number", "value": "KA25J0427", "_doc": "d1", "_ev": "KA25J0427 x2"},
    {"kind": "expiration_date", "value": "2027-10", "_doc": "d1", "_ev": "KA25J0413 x2 (exp 10/2027)"},
    {"kind": "expiration_date", "value": "2027-12", "_doc": "d1", "_ev": "KA25J0427 x2 (exp 12/2027)"},
    {"kind": "infusion_start", "value": "14:02", "_doc": "d1", "_ev": "02/11  1402 NB (sk)"},
    {"kind": "infusion_end", "value": "14:31", "_doc": "d1", "_ev": "1431 C  (sk)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "She has done well on\naugmentation: FEV1 has held steady over the last 3 years and this is her first exacerbation\nrequiring admission since starting Glassia - good response overall."},
    {"kind": "prior_authorization", "value": "BM-SRX-5530981", "_doc": "d2", "_ev": "auth #BM-SRX-5530981"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "(GLASSIA) IV once"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-02-11",
    "weight": {"value": 71.6, "unit": "kg", "kg": 71.6, "date": "2026-02-11"},
    "dose_mg": 4320,
    "target_mg": 4296.0,
    "tolerance_mg": 429.6,
    "deviation_pct": 0.56,
    "within_tolerance": True,
    "code": "J0257",
    "billing_unit_mg": 10,
    "units_expected": 432,
    "units_billed": 432,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-10", "2027-12"],
    "expiration_ok": True,
}

NOTES = """
Complete. Inpatient MAR 02/09-02/13 with the Glassia row on 02/11 only (NB 1402, C 1431, 4,320 mg,
lots and MM/YYYY expirations). Traps: ordered 60 mg/kg = 4,296 mg, order entry 1644 and pharmacy
verification 1118, 1,080 mg/vial, 200 mL; every other drug's doses, times, held (enoxaparin, insulin)
and refused (Symbicort) entries, NG duoneb; nursing vital-sign times 1415/1445, CTA 1540/1620;
home-med "Glassia ~4.3 g IV weekly", last dose 02/04, next dose 02/18 (plans); daily weights
72.9/72.4/71.6 kg (the 02/11 weight is the DOS weight); sister PI*SZ; father "emphysema"; GOLD 3.
"""
