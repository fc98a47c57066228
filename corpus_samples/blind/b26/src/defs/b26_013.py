"""b26-013: medicare, NEGATIVE CONTROL (dose held). Styles (2)+(5): a community clinic nurse's run-on
note - the patient arrives febrile, the weekly Zemaira is held before pharmacy opens any vial - and a
portal thread in which the patient reports being sent home; plus the pulmonologist's note from the
month before. Claim: nurse visit 99211 only."""

CHART_ID = "b26-013"
DOS = "2026-03-24"
PAYER = {"profile": "medicare", "name": "Medicare Part B"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "99211", "units": 1, "modifiers": []},
]

D1 = """
PINE HOLLOW COMMUNITY INFUSION CLINIC
Nurse note - Osterhout, Wilma J - DOB 11/30/1952 - 3/24/26

Wilma came in at 8:50am for her weekly zemaira her husband drove her she said she's been
feeling lousy since Sunday night with chills and a sore throat and more cough than usual
bringing up yellowish stuff temp here 100.9 F oral rechecked 101.0 HR 104 BP 128/70 RR 22
O2 sat 90% on RA her usual is 93-94 she looked tired weighed her anyway 128 lbs on the
standing scale lungs with coarse crackles right base called Dr Abernathy at 9:05 he said
hold the infusion today no augmentation with active infection and send her to urgent care
across the street for flu/covid swab and a chest xray called pharmacy right away at 9:08 they
had not mixed anything yet, nothing was pulled for her, so they just cancelled the order no
IV was started. told Wilma and her husband and they walked over to urgent care about 9:20.
last week 3/17 she got her zemaira 3,500 mg no problems that was her 4th dose this year at
this weight. plan is to reschedule when she has been fever free 24 hrs, maybe Friday 3/27 or
next Tuesday, will call her tomorrow. she asked if missing one week is bad told her one missed
dose is ok per Dr A.
- Marlys Kettering RN 3/24/26 10:02am

addendum 3/24/26 3:15pm: urgent care called, flu A positive, covid neg, CXR no pneumonia,
started on oseltamivir 75 mg twice a day x5 days. - MK
"""

D2 = """
PineHollowHealth MyChart - Message thread

Wilma Osterhout -> Dr. Gideon Abernathy        03/24/2026 7:48 PM
Subject: sent home without my infusion
Dr. Abernathy, the nurses sent me home this morning without my Zemaira because of my
fever. Urgent care says I have the flu. I'm taking the Tamiflu. I've never missed an
infusion in 4 years and I'm worried it will make my breathing worse. Can I come in Thursday?
My husband wants to know if he needs the flu pill too.
- Wilma

Pine Hollow Pulmonary (C. Iverson, LPN for Dr. Abernathy) -> Wilma   03/25/2026 9:12 AM
Hi Wilma, Dr. Abernathy says one missed week will not hurt your lungs. Please wait until you
have had no fever for 24 hours without Tylenol; we have you rebooked for Tuesday 03/31 at
8:45 AM. Your husband should call his own doctor about preventive Tamiflu. Call us or go to
the ER if your breathing gets worse or your oxygen stays below 88 %.
"""

D3 = """
PINE HOLLOW PULMONARY - OFFICE VISIT
Date: 02/24/2026    Provider: Gideon Abernathy, DO
Patient: Wilma J. Osterhout, 73 F

HPI: Follow-up of alpha-1 antitrypsin deficiency, Pi Z/Z, with emphysema; weekly Zemaira at
the Pine Hollow infusion clinic since 2022. She has done well on augmentation - one
exacerbation in the last 12 months compared with three the year before therapy, and her FEV1
has held steady. Walks at the mall 3 days a week. Former smoker, quit 1998. Oxygen with
exertion only (2 L).

Medications: Zemaira 60 mg/kg IV weekly; umeclidinium/vilanterol daily; albuterol prn;
alendronate weekly; O2 2 L with exertion.

ROS: no fevers, no hemoptysis, mild ankle swelling in the evenings, sleeps on 2 pillows.
Infusion history: no reactions; misses a week only for travel (none in 2025).

Exam: Wt 58.3 kg. BP 124/72. HR 86. SpO2 93% RA at rest. Diminished throughout.
PFTs 02/24/2026: FEV1 0.86 L (39% predicted); 02/2025 0.88 L (40% predicted).
Labs: AAT 0.29 g/L (2021, before augmentation; ref 1.0-2.0 g/L). Phenotype ZZ.
CT 2021: severe panlobular emphysema, lower lobes.

A/P:
1. AATD (Pi ZZ) with emphysema - stable on augmentation; continue Zemaira 60 mg/kg weekly.
2. Flu shot given 10/2025; COVID booster 11/2025.
3. Osteoporosis - alendronate; DEXA 2027.
RTC 6 months.

G. Abernathy, DO  02/24/2026
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-24", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-25", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-24", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "alpha-1 antitrypsin deficiency, Pi Z/Z"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Phenotype ZZ"},
    {"kind": "serum_aat", "value": 0.29, "unit": "g/L", "_doc": "d3", "_ev": "AAT 0.29 g/L (2021, before augmentation"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "severe panlobular emphysema"},
    {"kind": "weight", "value": 128, "unit": "lb", "value_kg": 58.1, "_date": "2026-03-24", "_doc": "d1", "_ev": "weighed her anyway 128 lbs"},
    {"kind": "weight", "value": 58.3, "unit": "kg", "value_kg": 58.3, "_date": "2026-02-24", "_doc": "d3", "_ev": "Wt 58.3 kg"},
    {"kind": "fev1", "value": 39, "_doc": "d3", "_ev": "FEV1 0.86 L (39% predicted)"},
    {"kind": "fev1", "value": 40, "_doc": "d3", "_ev": "0.88 L (40% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "She has done well on augmentation - one\nexacerbation in the last 12 months"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, quit 1998"},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d3", "_ev": "weekly Zemaira at\nthe Pine Hollow infusion clinic"},
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
    "dos": "2026-03-24",
    "weight": {"value": 128, "unit": "lb", "kg": 58.1, "date": "2026-03-24"},
    "dose_mg": None,
    "target_mg": 3486.0,
    "tolerance_mg": 348.6,
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
NEGATIVE CONTROL: the DOS Zemaira dose was held for fever (influenza A); pharmacy cancelled before
anything was prepared, no IV started. Claim 99211 only (no drug line -> units/code not_applicable;
wastage missing - "nothing was pulled" is not a waste statement for a dose). Dose, dose/weight, lot,
expiration and infusion times missing. AATD facts, DOS weight 128 lb (58.1 kg), response (02/24
pulmonary note) met. Run-on nurse note with 12-hour times: arrival 8:50am, call 9:05, pharmacy
9:08, walk-over 9:20, signature 10:02am, addendum 3:15pm; temperatures 100.9/101.0 F; last week's
"3,500 mg" on 3/17 is another visit; rescheduling "maybe Friday 3/27" is a plan. Portal: patient
report of being sent home; rebooked 03/31 8:45 AM; "below 88 %" instruction; husband (family).
Traps: oseltamivir 75 mg; reference 1.0-2.0 g/L; O2 2 L; FEV1 39 / 40 % listed. Zemaira is the
patient's product (listed, not given on the DOS).
"""
