"""b23-011: medicare, NEGATIVE CONTROL (A1PI held on the date of service). Styles (3) inpatient
admission for influenza A pneumonia with a five-day MAR (Prolastin-C due 01/28, HELD, never
dispensed) and progress notes, and (6) pharmacy dose reconciliation export (merged cells) with the
prior outpatient weeks. No claim lines (inpatient stay, IPPS)."""

CHART_ID = "b23-011"
DOS = "2026-01-28"
PAYER = {"profile": "medicare", "name": "Medicare Part A/B"}
PRIOR_AUTH = None
CLAIM_LINES = None

D1 = """
NORTH COUNTY GENERAL HOSPITAL - eMAR PRINT (5-day view)
Name: PELLETIER, GASTON R        MRN: NCG-0097315      Encounter: INPT 260126-0442
Location: 3 South Med-Surg 314-A     Admit: 01/26/2026 15:38     Attending: R. Venkataraman, MD
Allergies: codeine (nausea), iodinated contrast (hives)
Dosing weight: 84.0 kg (01/26/2026, bed scale)       Printed: 01/30/2026 13:47
Status codes: GIV given, HLD held, REF refused, NGV not given, MIS missed, DC discontinued

[SCHEDULED]
oseltamivir 75 mg PO BID x5 days
  01/26 2100 GIV(ll) | 01/27 0900 GIV(pc) 2100 GIV(ll) | 01/28 0900 GIV(pc) 2100 GIV(ll)
  01/29 0900 GIV(pc) 2100 GIV(mw) | 01/30 0900 GIV(pc)
ceftriaxone 2 g IV q24h
  01/26 1730 GIV(ll) | 01/27 1700 GIV(pc) | 01/28 1700 GIV(pc) | 01/29 1700 DC - cx neg, d/c'd
vancomycin per pharmacy (1,250 mg IV q12h; trough before 4th dose)
  01/26 1800 GIV(ll) | 01/27 0600 GIV(ll) 1800 GIV(pc) | 01/28 0600 HLD(ll) - trough pending,
  MRSA nares neg -> DC 01/28 0945
metoprolol tartrate 25 mg PO BID (hold SBP<100 / HR<60)
  01/26 2100 HLD(ll) SBP 94 | 01/27 0900 HLD(pc) SBP 98, 2100 GIV(ll) | 01/28 0900 GIV(pc)
  2100 GIV(ll) | 01/29 0900 GIV(pc) 2100 GIV(mw) | 01/30 0900 GIV(pc)
apixaban 5 mg PO BID (home, AF)
  01/26 2100 GIV | 01/27 0900 GIV 2100 GIV | 01/28 0900 GIV 2100 GIV | 01/29 0900 GIV 2100 GIV
  01/30 0900 GIV
umeclidinium-vilanterol 62.5-25 mcg 1 inh daily    01/27-01/30 0900 GIV (01/28 REF - "too tired")
levothyroxine 100 mcg PO daily 0600               01/27-01/30 GIV
alpha-1 proteinase inhibitor (PROLASTIN-C) 60 mg/kg IV q7 days (Wed) - home regimen continued
  01/28 1000 HLD(pc) - T 38.9 overnight, febrile/influenza, per Dr. Venkataraman hold this
        week's dose. Pharmacy notified 0812 - NOT compounded. Resume outpatient 02/04.

[PRN]
acetaminophen 650 mg PO q4h PRN T>38.0
  01/26 1640 | 01/27 0210, 1330 | 01/28 0135 (T 38.9), 0720 | 01/29 --
albuterol-ipratropium 3 mL neb q4h PRN
  01/26 1900 | 01/27 0350, 1510 | 01/28 0500 | 01/29 1100
benzonatate 100 mg PO TID PRN cough   01/27 2130 | 01/28 1400
oxymetazoline, lidocaine jelly, senna - no doses

[IV]
NS 0.9% 1000 mL bolus then 100 mL/h
  01/26 1610 start bolus(ll) 1710 complete | 1715 maintenance 100 mL/h | 01/27 1400 stopped(pc)
"""

D2 = """
NORTH COUNTY GENERAL HOSPITAL - PROGRESS NOTES          PELLETIER, GASTON R   71 M   NCG-0097315

01/27/2026 08:40 - Hospitalist (Ravi Venkataraman, MD)
Day 2. Influenza A (PCR+) with LLL pneumonia, admitted w/ hypoxemia (SpO2 86% RA), SBP 90s -
improved w/ fluids. Background: alpha-1 antitrypsin deficiency, PI*ZZ (AAT 22 mg/dL, 2016) with
emphysema/COPD, paroxysmal AF on apixaban. On weekly Prolastin-C since 2018 at the NCG infusion
center - per pt and Dr. Marsh's notes his lung function has been stable and he averages one
exacerbation a year on augmentation, down from 3-4 before. Ex-smoker (quit 1998).
Wt 84.0 kg. T 38.4 HR 96 SpO2 93% 3L.
Plan: oseltamivir, CTX + vanc pending MRSA nares, nebs, O2. Weekly Prolastin-C due Wed 01/28 -
decide tomorrow AM based on fever curve.

01/28/2026 09:15 - Hospitalist
Febrile to 38.9 at 0100, rigors. Blood cx NGTD x1 day. MRSA nares negative -> stop vanc.
AATD: HOLD this week's Prolastin-C while febrile and acutely ill - d/w Dr. Marsh (pulm), who
agrees; no benefit to giving mid-illness, resume at outpatient infusion 02/04. Pharmacy notified
before compounding, no product prepared.
Wt 83.1 kg. SpO2 94% 2L. Crackles LLL, improved.

01/29/2026 10:00 - Pulmonary (Hanna Marsh, MD) brief note
Agree with holding augmentation this week. PI*ZZ, FEV1 39% pred (09/2025), panlobular emphysema.
Resume Prolastin-C 60 mg/kg weekly from 02/04; if he has been off > 2 weeks we would still just
resume at the usual dose (no loading). His brother (PI*ZZ) is also on augmentation.

01/30/2026 09:05 - Hospitalist
Afebrile 36 h, SpO2 95% RA, ambulating in hall w/o desat. D/c home today on oseltamivir to complete 5 days, cefpodoxime x3 days.
Outpatient infusion center notified to resume Prolastin-C 02/04.
"""

D3 = """
NCG Infusion Pharmacy - A1PI Dose Reconciliation - JAN-2026.xlsx (sheet: PROLASTIN-C) - CSV export
exported 01/30/2026 16:20 - rows filtered to MRN NCG-0097315 - merged cells print on first row only

Date,Status,Vial Lot,Vial Exp,Vials,Dispensed mg,Given mg,Waste mg,Wt kg,Patient / MRN,Verified by
01/07/2026,GIVEN,NG2510D14,2027-08-31,5,5000,5040,960,84.0,"PELLETIER, GASTON R / NCG-0097315",AKT
,,NG2510D22,2027-09-30,1,1000,,,,,
01/14/2026,GIVEN,NG2510D22,2027-09-30,6,6000,5040,960,84.0,,AKT
01/21/2026,GIVEN,NG2510D22,2027-09-30,6,6000,5040,960,84.6,,JRM
01/28/2026,HELD - inpatient (3S) - not dispensed,,,,,,,,,AKT
02/04/2026,SCHEDULED,,,,,,,,,
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-01-30", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-01-30", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-01-30", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency, PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "PI*ZZ (AAT 22 mg/dL, 2016)"},
    {"kind": "serum_aat", "value": 22, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT 22 mg/dL, 2016"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "panlobular emphysema"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "emphysema/COPD"},
    {"kind": "fev1", "value": 39, "_doc": "d2", "_ev": "FEV1 39% pred (09/2025)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Ex-smoker (quit 1998)"},
    {"kind": "weight", "value": 84.0, "unit": "kg", "value_kg": 84.0, "_date": "2026-01-27", "_doc": "d2", "_ev": "Wt 84.0 kg. T 38.4"},
    {"kind": "weight", "value": 83.1, "unit": "kg", "value_kg": 83.1, "_date": "2026-01-28", "_doc": "d2", "_ev": "Wt 83.1 kg"},
    {"kind": "weight", "value": 84.6, "unit": "kg", "value_kg": 84.6, "_date": "2026-01-21", "_doc": "d3", "_ev": "960,84.6,,JRM", "_hdr": "Waste mg,Wt kg,Patient"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "his lung function has been stable and he averages one\nexacerbation a year on augmentation, down from 3-4 before"},
    {"kind": "drug_product", "value": "Prolastin-C", "_dos": False, "_doc": "d2", "_ev": "On weekly Prolastin-C since 2018"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "not_applicable",
}

ARITH = {
    "dos": "2026-01-28",
    "weight": {"value": 83.1, "unit": "kg", "kg": 83.1, "date": "2026-01-28"},
    "dose_mg": None,
    "target_mg": 4986.0,
    "tolerance_mg": 498.6,
    "deviation_pct": None,
    "within_tolerance": None,
    "code": None,
    "billing_unit_mg": None,
    "units_expected": None,
    "units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
NEGATIVE CONTROL: weekly Prolastin-C due on the DOS (Wed 01/28) was HELD for fever and never
compounded; no claim lines (inpatient). AATD facts, weights and the progress-note response are met;
dose, dose/weight, wastage, lot, expiration and times are missing; units and code not_applicable.
Traps: recon rows 01/07, 01/14, 01/21 (given 5,040 mg, lots NG2510D14/NG2510D22, exps, wastes 960,
vial counts), the merged second vial row under 01/07, the 01/28 HELD row (no amount), 02/04
scheduled, resume plans, "no product prepared" (not a waste statement for a dose), every other
drug's doses/times/held entries (vancomycin held for trough, metoprolol held for SBP), pharmacy
notified 0812, brother PI*ZZ on augmentation, hypothetical "if off > 2 weeks". The product
Prolastin-C is listed as the patient's therapy (not given on the DOS).
"""
