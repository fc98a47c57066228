"""b28-014: medicare, NEGATIVE CONTROL (dose held). Styles (2) three-visit sideways flowsheet (16-Feb,
23-Feb given; 02-Mar HELD) and (5) a UK-trained physician's note (British spelling, day-first written
dates, g/L, lb and oz). Prolastin-C Liquid held on the DOS for fever / acute exacerbation; no claim lines."""

CHART_ID = "b28-014"
DOS = "2026-03-02"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = None

D1 = """
MERIDIAN HEALTH - OUTPATIENT INFUSION UNIT          IV THERAPY FLOWSHEET (horizontal, 3 encounters)
OWEN-PRICE, GARETH     MRN MH-0082264     DOB 14-Sep-1949 (76 M)     Attending: H. Llewellyn, MD
Order: PROLASTIN-C LIQUID 60 mg/kg IV every 7 days (pharmacy rounds to 500 mg vial increments)
Printed 02-Mar-2026 12:15

                   |<------- 16-Feb-2026 ------->|<------- 23-Feb-2026 ------->|<---- 02-Mar-2026 ---->|
Time               | 0915 | 0931 | 0946 | 1015 | 0912 | 0928 | 0944 | 1012 | 0910 | 0925 | 1005 |
-------------------+------+------+------+------+------+------+------+------+------+------+------+
Event              | VS   | A1PI | A1PI | d/c  | VS   | A1PI | A1PI | d/c  | VS   | MD   | d/c  |
                   | wt   | on   | off  |      | wt   | on   | off  |      | wt   | rvw  | home |
Weight (kg)        | 71.6 |      |      |      | 71.4 |      |      |      | 70.9 |      |      |
Temp (C)           | 36.6 |      | 36.7 |      | 36.5 |      | 36.6 |      | 38.4 | 38.2 |      |
BP                 |138/80|134/78|132/78|130/76|140/82|136/80|134/78|132/78|128/74|126/72|      |
HR                 | 76   | 74   | 74   | 72   | 78   | 76   | 75   | 74   | 104  | 100  |      |
SpO2 (%)           | 94   | 94   | 95   | 94   | 94   | 95   | 95   | 94   | 89   | 90   |      |
Rate (mL/hr)       |      | 340  | --   |      |      | 340  | --   |      |      | HELD |      |
Vol infused (mL)   |      | 0    | 90   |      |      | 0    | 90   |      |      | --   |      |
Site check         |      | WNL  | WNL  | d/c  |      | WNL  | WNL  | d/c  |      | no   |      |
                   |      |      |      |      |      |      |      |      |      | PIV  |      |
-------------------+------+------+------+------+------+------+------+------+------+------+------+

MEDICATION RECORD (by encounter)
16-Feb-2026  Prolastin-C Liquid 4,500 mg IV = 4,000 mg/80 mL (lot 25L2210, exp 31-Oct-2027)
             + 500 mg/10 mL (lot 25K0954, exp 30-Sep-2027); waste 0 mg.            RN: B. Hughes
23-Feb-2026  Prolastin-C Liquid 4,500 mg IV = 4,000 mg/80 mL (lot 25L2210, exp 31-Oct-2027)
             + 500 mg/10 mL (lot 26A0117, exp 31-Jan-2028); waste 0 mg.            RN: B. Hughes
02-Mar-2026  Prolastin-C Liquid - HELD. T 38.4 C, productive cough, HR 104. Dr Llewellyn to bedside
             0925: defer this week's dose. Pharmacy informed 0930; order suspended for 7 days.
             Acetaminophen 1,000 mg PO given 0935. No IV access placed.          RN: B. Hughes
"""

D2 = """
MERIDIAN PULMONARY MEDICINE - INFUSION UNIT REVIEW
Date: 2 March 2026, 09:25          Dr Huw Llewellyn, MB BCh, MRCP (UK), Pulmonary
Patient: Mr Gareth OWEN-PRICE, 76

Called to the unit by the infusion nurse: pyrexial on arrival (38.4 °C), tachycardic.

History: three days of productive cough with green sputum and increasing breathlessness; one
episode of streaky haemoptysis this morning. No chest pain. Wife has had a cold.
Background: alpha-1 antitrypsin deficiency, PiZZ, diagnosed 2018 (AAT 0.24 g/L in 2019),
panacinar emphysema with COPD, on weekly augmentation with Prolastin-C Liquid since March 2023.
Ex-smoker since 2001 (40 pack-years). He has been stable on augmentation - this is his first
exacerbation in 14 months (three a year before he started), and his FEV1 has held at 39%
predicted (January 2026) against 40% in January 2025.

Current medicines: Trelegy Ellipta one inhalation daily; albuterol as required; atorvastatin 20 mg;
amlodipine 5 mg. Last augmentation dose 23 February 2026 (tolerated). Influenza vaccine October 2025.

Examination: looks unwell but not toxic. Weight 70.9 kg (156 lb 5 oz). SpO2 89% on air, 93% on
2 L. Coarse crackles right base, scattered wheeze. No calf tenderness.
Portable CXR 09:50: no consolidation, hyperinflation unchanged.

Impression: infective exacerbation of COPD in a patient with AATD; low-volume haemoptysis
secondary to bronchitis.

Plan:
 1. Augmentation deferred this week - not to be given while febrile with an acute exacerbation
    (unit programme policy). Resume on 9 March 2026 if apyrexial for 48 hours.
 2. Doxycycline 200 mg stat then 100 mg once daily for 5 days; prednisone 40 mg daily for 5 days.
 3. Sputum culture sent. Safety-netting given: to attend A&E (the emergency department) for
    worsening breathlessness, chest pain or more than a teaspoon of blood.
 4. Telephone review on 4 March 2026 by the unit nurse.
Discussed with the patient and his wife, who agree.
                                          Dr H. Llewellyn   2 March 2026 10:10
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-02", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-02", "text": D2},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency, PiZZ, diagnosed 2018"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency, PiZZ"},
    {"kind": "serum_aat", "value": 0.24, "unit": "g/L", "_doc": "d2", "_ev": "AAT 0.24 g/L in 2019"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "panacinar emphysema with COPD"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "panacinar emphysema with COPD"},
    {"kind": "weight", "value": 70.9, "unit": "kg", "value_kg": 70.9, "_date": "2026-03-02", "_doc": "d2",
     "_ev": "Weight 70.9 kg (156 lb 5 oz)"},
    {"kind": "weight", "value": 71.4, "unit": "kg", "value_kg": 71.4, "_date": "2026-02-23", "_doc": "d1",
     "_ev": "Weight (kg)        | 71.6 |      |      |      | 71.4 |"},
    {"kind": "weight", "value": 71.6, "unit": "kg", "value_kg": 71.6, "_date": "2026-02-16", "_doc": "d1",
     "_ev": "Weight (kg)        | 71.6 |"},
    {"kind": "fev1", "value": 39, "_doc": "d2", "_ev": "FEV1 has held at 39%\npredicted"},
    {"kind": "fev1", "value": 40, "_doc": "d2", "_ev": "against 40% in January 2025"},
    {"kind": "response_to_therapy", "_doc": "d2",
     "_ev": "He has been stable on augmentation - this is his first\nexacerbation in 14 months"},
    {"kind": "smoking_status", "value": "former", "_doc": "d2", "_ev": "Ex-smoker since 2001"},
    {"kind": "drug_product", "value": "Prolastin-C Liquid", "_doc": "d2",
     "_ev": "on weekly augmentation with Prolastin-C Liquid since March 2023"},
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
    "dos": "2026-03-02",
    "weight": {"value": 70.9, "unit": "kg", "kg": 70.9, "date": "2026-03-02"},
    "dose_mg": None,
    "target_mg": 4254.0,
    "tolerance_mg": 425.4,
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
NEGATIVE CONTROL (dose held). The 02-Mar-2026 column and medication entry say HELD, order suspended, no IV
access: no dose, lot, expiration, times or waste for the DOS, so those are missing; no claim lines, so
units/code are not_applicable and wastage (no-claim branch) is missing. The 16-Feb and 23-Feb columns and
medication rows (4,500 mg, lots 25L2210/25K0954/26A0117, expiries, "A1PI on/off" 0931/0946 and 0928/0944,
waste 0 mg) are earlier encounters - not findings; their weights 71.6 and 71.4 kg are the patient's and
listed (DOS 70.9 kg governs). Style-5 traps: "70.9 kg (156 lb 5 oz)" one weighing; "haemoptysis",
"programme", written-out day-first dates (resume 9 March 2026, review 4 March 2026: planned); A&E. Other
traps: acetaminophen 1,000 mg at 0935, pharmacy informed 0930, MD review 0925, CXR 09:50, discharge 1005;
doxycycline/prednisone doses; wife's cold. Response (stable on augmentation, first exacerbation in 14
months) is in the progress note and met.
"""
