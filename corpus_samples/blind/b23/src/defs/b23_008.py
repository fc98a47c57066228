"""b23-008: medicaid, gaps: smoking_status conflict (current smoker, nicotine patch on the MAR),
infusion_times missing (MAR has the new-bag time only; the recon's time is pharmacist
verification; "ran ~20 min" is a duration). Styles (3) inpatient admission for CAP with a six-day
MAR and daily progress notes, Prolastin-C Liquid given on 03/26 only, and (6) pharmacy dose
reconciliation export with merged cells. J0256 400 JZ."""

CHART_ID = "b23-008"
DOS = "2026-03-26"
PAYER = {"profile": "medicaid", "name": "Molina Medicaid (specialty drug carve-out)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
]

D1 = """
MERCY HILL HOSPITAL       MEDICATION ADMINISTRATION RECORD (MAR SUMMARY)
PATIENT: DUCHARME, LEON T      MRN 2270418      FIN 66021457      UNIT 4 East / 418-1
ADM 03/23/2026 22:16    ATTENDING: K. Abernathy, DO    WT (dosing): 66.0 kg 03/24
ALLERGIES: NKDA                   RANGE: 03/23 00:00 - 03/28 11:00   PRINTED 03/28/2026 11:22
KEY: Given / Held / Refused / Not Given / New Bag / Stopped - initials follow

SCHEDULED
 cefTRIAXone 1 g IVPB q24h
   03/23 2330 Given (JF)  03/24 2300 Given (AM)  03/25 2300 Given (AM)  03/26 2300 Given (TS)
   03/27 -- changed to cefpodoxime 200 mg PO q12h: 03/27 2100 Given (TS)  03/28 0900 Given (RB)
 azithromycin 500 mg IV q24h  x3 doses
   03/24 0015 Given (JF)  03/24 2330 Given (AM)  03/25 2330 Given (AM)  -- course complete
 predniSONE 40 mg PO daily x5 days
   03/24 0900 Given (CG)  03/25 0900 Given (CG)  03/26 0900 Given (CG)  03/27 0900 Given (RB)
   03/28 0900 Given (RB)
 nicotine 21 mg/24 hr transdermal patch daily
   03/24 0900 Refused (CG) "not yet"   03/25 0900 Given (CG)   03/26 0900 Given (CG)
   03/27 0900 Given (RB)   03/28 0900 Given (RB)
 heparin 5,000 units subcut q8h
   03/24 0600 Given  1400 Given  2200 Given
   03/25 0600 Given  1400 Held (CG) - platelets 88K, MD notified   2200 Held (AM)
   03/26 0600 Held (TS) - plt 91K   -> d/c'd 03/26 0820, SCDs ordered
 tiotropium 18 mcg inhaled daily         03/24-03/28 0900 Given (pt's own)
 fluticasone-salmeterol 250/50 1 inh BID   03/24-03/28 0900 & 2100 Given (03/26 2100 Refused)
 docusate 100 mg PO BID                  03/25 2100 Refused   03/26 0900 Given   03/27 0900 Given
 alpha1-proteinase inhibitor (PROLASTIN-C LIQUID) 4,000 mg/80 mL IV once - home weekly dose (Thu),
 ordered by pulm 03/25, per pt's outpatient regimen 60 mg/kg
   03/26 1105 New Bag (CG)  dose 4,000 mg  lot 26C0814A  exp 10/31/2027  rate 5.3 mL/min
              entire 80 mL vial, 0 mL returned to pharmacy
   [no further actions charted for this order]

PRN
 albuterol 2.5 mg neb q4h PRN wheeze
   03/23 2340 (JF)  03/24 0410 (JF)  03/24 1515 (CG)  03/25 0320 (AM)  03/26 1950 (TS)
 acetaminophen 650 mg PO q6h PRN T>38.0 / pain
   03/24 0130 (JF) T 38.6   03/24 1820 (CG) T 38.2   03/25 1210 (CG) HA
 ondansetron 4 mg IV q6h PRN nausea    03/24 0740 (CG)
 guaiFENesin-dextromethorphan 10 mL PO q4h PRN cough   03/25 2115 (AM)  03/26 2200 (TS)
 nicotine 2 mg gum q2h PRN craving     03/26 1530 (CG)  03/26 2010 (TS)  03/27 1345 (RB)
 melatonin 3 mg PO HS PRN              -- none given

CONTINUOUS
 lactated Ringer's 100 mL/h   03/23 2240 New Bag (JF)  03/24 1030 Stopped (CG) - tolerating PO
"""

D2 = """
MERCY HILL HOSPITAL - DAILY PROGRESS NOTES              Ducharme, Leon T   58 M   MRN 2270418

03/24/2026 10:05  Hospitalist (K. Abernathy, DO)  HD 2
Admitted overnight w/ RLL pneumonia, sepsis physiology resolved w/ fluids. Hx alpha-1 antitrypsin
deficiency (PI*ZZ, AAT 4.8 umol/L at dx 2021) with emphysema, on weekly Prolastin-C Liquid through
Dr. Osei's office. Current smoker, ~1/2 ppd, smoked the morning of admission; counseled >3 min,
nicotine patch ordered (refused this AM) + gum prn.
Wt 66.0 kg (standing). T 37.9, SpO2 92% 2L. Crackles RLL. WBC 15.8 -> CTX/azithro. Plt 104K.
Plan: abx, prednisone 40 x5 for wheeze, nebs, heparin ppx, PT.

03/25/2026 09:30  Hospitalist  HD 3
Afebrile since 1800 yesterday. SpO2 94% 1L. Plt 88K - hold heparin, HIT unlikely (4T score 2),
likely sepsis-related; recheck AM. Pulm (Osei) called re: weekly A1PI due tomorrow (Thu) - OK to
give inpatient, order placed. Pt states he is "cutting down"; still asking for gum.

03/26/2026 14:40  Pulmonary (T. Osei, MD)  follow-up
Known to me since 2021. PI*ZZ AATD with centrilobular and panlobular emphysema, FEV1 49% pred in
2023 and 48% in 11/2025 - lung function has been stable on Prolastin-C Liquid and he has gone from 3
exacerbations a year to 1; this is his first admission since starting augmentation. He received
his weekly Prolastin-C Liquid on the unit this morning, ran ~20 min, no reaction. Still smoking
about half a pack a day at home; we talked again today about how smoking undercuts augmentation -
he is precontemplative. Continue patch/gum, varenicline offered at d/c - declined.

03/27/2026 08:50  Hospitalist  HD 5
Afebrile x48h, RA sat 95%. Plt 112K. Switched to cefpodoxime. D/c planning for tomorrow.
Next Prolastin-C Liquid 04/02 at outpatient infusion. Follow up Dr. Osei 2 wks.
"""

D3 = """
MERCY HILL PHARMACY - A1PI dose reconciliation (inpt + OP infusion) - export of A1PI_2026Q1.xlsx
Exported 03/31/2026 by RPh T. Brandvold. Blank cells under a filled cell = merged cell (same value).

MRN,Admin_mg,Lot,Exp,DOS,Location,Payer_PA,Time_verified,Waste_mg,Patient,Product
2270418,4000,26B1109C,08/31/2027,03/05/2026,OP INF,Molina MCD PA 26-0871123 (01/01/26-12/31/26),08:37,0,"DUCHARME, LEON",PROLASTIN-C LIQUID 4000MG/80ML
,4000,26B1109C,08/31/2027,03/12/2026,OP INF,,08:41,0,,
,4000,26C0031B,09/30/2027,03/19/2026,OP INF,,08:35,0,,
,4000,26C0814A,10/31/2027,03/26/2026,4E (inpt),,10:41,0,,
,,,,04/02/2026,OP INF,,,,,  (scheduled)
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-28", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-27", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-31", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "Hx alpha-1 antitrypsin\ndeficiency"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "PI*ZZ, AAT 4.8 umol/L"},
    {"kind": "serum_aat", "value": 4.8, "unit": "uM", "_doc": "d2", "_ev": "AAT 4.8 umol/L at dx 2021"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "centrilobular and panlobular emphysema"},
    {"kind": "fev1", "value": 49, "_doc": "d2", "_ev": "FEV1 49% pred in\n2023"},
    {"kind": "fev1", "value": 48, "_doc": "d2", "_ev": "48% in 11/2025"},
    {"kind": "smoking_status", "value": "current", "_doc": "d2", "_ev": "Current smoker, ~1/2 ppd"},
    {"kind": "weight", "value": 66.0, "unit": "kg", "value_kg": 66.0, "_date": "2026-03-24", "_doc": "d2", "_ev": "Wt 66.0 kg (standing)"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "dose 4,000 mg  lot 26C0814A"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "entire 80 mL vial, 0 mL returned to pharmacy"},
    {"kind": "lot_number", "value": "26C0814A", "_doc": "d1", "_ev": "lot 26C0814A"},
    {"kind": "expiration_date", "value": "2027-10-31", "_doc": "d1", "_ev": "exp 10/31/2027"},
    {"kind": "infusion_start", "value": "11:05", "_doc": "d1", "_ev": "03/26 1105 New Bag (CG)"},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "lung function has been stable on Prolastin-C Liquid and he has gone from 3\nexacerbations a year to 1"},
    {"kind": "prior_authorization", "value": "26-0871123", "_doc": "d3", "_ev": "Molina MCD PA 26-0871123"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_dos": True, "_doc": "d1", "_ev": "(PROLASTIN-C LIQUID) 4,000 mg/80 mL IV once"},
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
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "conflict",
}

ARITH = {
    "dos": "2026-03-26",
    "weight": {"value": 66.0, "unit": "kg", "kg": 66.0, "date": "2026-03-24"},
    "dose_mg": 4000,
    "target_mg": 3960.0,
    "tolerance_mg": 396.0,
    "deviation_pct": 1.01,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 400,
    "units_billed": 400,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-10-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: smoking_status conflict (current smoker ~1/2 ppd; nicotine patch/gum on the MAR; "cutting
down" is still current); infusion_times missing (MAR "1105 New Bag" with no stop action charted;
recon "Time_verified 10:41" is pharmacist verification; "ran ~20 min" is a duration). Merged-cell
CSV: MRN, Payer_PA, Patient and Product are filled on the first row only, so the PA applies to the
03/26 row. Traps: other drugs' doses/times and held heparin, refused patch/docusate/Advair, LR new
bag/stop times, earlier OP rows (lots 26B1109C/26C0031B, exps, verify times), scheduled 04/02,
next dose 04/02 (plan), "4E (inpt)" location, platelets, 4T score, rate 5.3 mL/min.
"""
