# b7-005: home-infusion agency field-nurse visit note (tablet checkboxes, typos, 9:05a times),
# pharmacy intake/dispense sheet with auth, pulmonologist note. Commercial (UHC). Prolastin-C Liquid J0256 JZ. Complete.

VISIT = """
BRIGHTPATH HOME INFUSION  -  SKILLED NURSING VISIT NOTE
Pt: Ingrid Solheim-Baker     DOB 04/17/1967     Pt ID BHI-066213
Visit date: 01/22/2026    Visit type: [x] Routine infusion  [ ] SOC  [ ] PRN
RN: Carla Mendes RN (field)      Device: iPad #14
Therapy: Alpha-1 proteinase inhibitor - PROLASTIN-C LIQUID   Freq: weekly (Thurs)
Payer: UHC Choice Plus

TIME IN: 9:05a        TIME OUT: 10:25a

SUBJECTIVE
pt states "feeling pretty good this wk". c/o mild HA yestrday after yard work, took
tylenol 500mg x2, resolved. denies fever/chills, denies new cough. SOB baseline w/ stairs.
last infusion 1/15 by this RN - 4000mg, no issues, pt tolerated.

VITALS
 9:10a  T 98.2  HR 84  BP 122/78  RR 18  SpO2 95% RA
 9:30a  HR 82  BP 120/76  SpO2 95%
 9:50a  HR 80  BP 118/76  RR 16  SpO2 96%
Wt: 145 lb (pt home scale, verified w/ agency scale last mo)
Lung sounds: [x] diminished bases  [ ] crackles  [ ] wheeze
Edema: [x] none

ACCESS
[x] PIV   [ ] port   [ ] PICC
PIV 24g L forearm placed 9:14a, 1 attempt, +blood return, flushed NS 10mL

MEDICATION
Drug: Prolastin-C Liquid 4,000 mg/80 mL vial x 1
Lot: PLL4419C      Exp: 06/30/26
[x] 2 pt identifiers  [x] drug/dose/route verified vs label  [x] vial inspected-clear
Dose given: 4000 mg (80 mL) IV via CADD pump, rate 5.2 mL/min
Infusion start: 9:22a      Infusion end: 9:40a
[x] entire vial infusd - no waste
Post flush NS 10 mL. PIV removed 9:58a, cath intact.

ASSESSMENT
[x] Pt tolerated   [ ] Adverse rxn   [ ] Rate reduced   [ ] MD notified
No flushing, no urticaria, no chest tightness. pt up walking around kitchen after.

ANAPHYLAXIS KIT: present, in date (epinephrine 0.3 mg auto-inj, diphenhydramine 50 mg/mL
vial) - not used

TEACHING
reviewed s/s delayed rxn, when to call 24h line 1-800-555-0182. pt verb understanding.
[x] sharps container picked up  [x] supply inventory ok (has 3 more vials in fridge for
1/29, 2/5, 2/12 - stored 36-46F)

PLAN
next visit 1/29 9:00a. pt knows to call if sick - will hold infusion if febrile.
Carla Mendes RN   signed 01/22/2026 11:52a (documented after visit in car)
"""

PHARM = """
BRIGHTPATH HOME INFUSION PHARMACY - REFERRAL / DISPENSE SUMMARY
Patient: SOLHEIM-BAKER, INGRID   DOB 04/17/1967   Pharmacy Rx# 7719042
Prescriber: Hollis Adeyemi, MD (Pulmonology)  NPI 1558306214
Diagnosis: E88.01 Alpha-1-antitrypsin deficiency; J43.9 Emphysema
Insurance: UnitedHealthcare Choice Plus (commercial)  Group 0917733
Prior authorization: APPROVED   Auth#: UHC-A1-77310428
   Valid 10/01/2025 - 09/30/2026   J0256 up to 1,800 units / 28 days; S9346 per diem

ORDER: Prolastin-C Liquid 60 mg/kg IV once weekly. Dosing weight 66 kg -> 3,960 mg ->
  dispense as 4,000 mg/80 mL single vial (within 10%).  Infuse at up to 0.08 mL/kg/min.
  Anaphylaxis kit per protocol. NS flush 10 mL pre/post.

DISPENSE 01/05/2026 (28-day supply, cold-chain shipment, FedEx #7789 2201 4410)
  Qty  Product                         NDC            Lot        Exp
  4    Prolastin-C Liquid 4 g/80 mL     13533-0705-80  PLL4419C   2026-06-30
  8    NS 10 mL flush syringes
  4    CADD admin sets w/ 1.2 micron filter
  For doses 01/08, 01/15, 01/22, 01/29.

NURSING ORDERS: SN visit weekly x 52 for infusion, PIV start/removal, VS pre/15 min/post,
  assess for reaction. May hold dose for T > 100.4 F and notify MD. Labs: none ordered.
  Anaphylaxis kit: epinephrine 0.3 mg auto-injector x2; diphenhydramine 50 mg/mL 1 mL vial.
STORAGE/HANDLING: refrigerate 2-8 C; may keep at room temp (<= 25 C) up to 1 month -
  record date removed. Do not freeze. Do not shake.
DELIVERY: 01/06/2026 14:10 signed by patient. Cooler temp on arrival 4.1 C (logger OK).

Pharmacist: Tamsin Oduya, PharmD   01/05/2026
Clinical review: pt weight 145 lb per RN 12/2025; no dose change needed.
"""

MD = """
RIVERBEND PULMONARY CLINIC
Follow-up Visit      12/09/2025
Patient: Ingrid Solheim-Baker, 58 y/o F         Provider: Hollis Adeyemi, MD

Reason: AATD on augmentation, 6-month follow up.

Interval: Doing well on weekly home Prolastin-C Liquid (started 02/2022). No
exacerbations this year; none requiring ED or steroids since 2023. Walking 30 min
most days. Infusions at home going smoothly with BrightPath; no reactions.

PMH: AATD PI*ZZ (dx 2021; pre-treatment AAT 5.1 umol/L); emphysema, basal panlobular
on CT 2021; osteoporosis; hypothyroid.
Tobacco: never smoker. Husband smokes outdoors only.
Meds: Stiolto 2 puffs daily; albuterol PRN; levothyroxine 75 mcg; alendronate 70 mg
weekly; vitamin D3 2000 IU; Prolastin-C Liquid 60 mg/kg IV weekly (home).

Vitals: BP 124/76  HR 80  SpO2 95%  Wt 66.2 kg  BMI 24.1

Spirometry today: post-BD FEV1 1.38 L (52% pred), FVC 2.80 L (88%), FEV1/FVC 0.49.
12/2024 FEV1 1.42 L (54% pred).

Exam: Clear but diminished bases, no wheeze. No clubbing.

Assessment/Plan:
1. AATD with emphysema - responding well to augmentation: lung function stable
   (FEV1 1.42 -> 1.38 L over 12 months, within expected variability) and no
   exacerbations. Continue Prolastin-C Liquid weekly at home; reauthorization due 09/2026.
2. Emphysema - continue Stiolto. Pulm rehab maintenance.
3. Osteoporosis - DEXA 2026, continue alendronate.
RTC 6 months.

Hollis Adeyemi, MD
"""

CHART = {
    "chart_id": "b7-005",
    "date_of_service": "2026-01-22",
    "payer": {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2026-01-22", "text": VISIT},
        {"id": "d2", "type": "other", "date": "2026-01-05", "text": PHARM},
        {"id": "d3", "type": "progress_note", "date": "2025-12-09", "text": MD},
    ],
}

GOLD = {
    "chart_id": "b7-005",
    "profile": "commercial",
    "requirements": {
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
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 5.1, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 52},
        {"kind": "fev1", "value": 54},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "weight", "value": 145, "unit": "lb", "value_kg": 65.8},
        {"kind": "weight", "value": 66.2, "unit": "kg", "value_kg": 66.2},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "PLL4419C"},
        {"kind": "expiration_date", "value": "2026-06-30"},
        {"kind": "infusion_start", "value": "09:22"},
        {"kind": "infusion_end", "value": "09:40"},
        {"kind": "prior_authorization", "value": "UHC-A1-77310428"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Home infusion. Weight nearest DOS = 145 lb on the visit note (x 0.45359237 = 65.77 -> 65.8 kg); 66.2 kg is the "
        "12/09/2025 clinic weight; 66 kg is a pharmacy 'dosing weight' (not a measured weight, no separate finding). "
        "60 x 65.8 = 3948, tolerance 394.8 -> 3553.2..4342.8; dose 4000 mg -> met. J0256 ceil(4000/10) = 400 = billed; "
        "JZ with '[x] entire vial infusd - no waste' -> wastage met (commercial). PA Auth# UHC-A1-77310428 in the "
        "pharmacy document (no chart-level field). FEV1 52% (12/2025) and 54% (12/2024), both in 25-80 -> met. "
        "Never smoker (husband smokes = not patient). Response in the MD progress note (d3). "
        "Traps: time in 9:05a / out 10:25a, PIV 9:14a, vitals 9:10a/9:30a/9:50a, PIV removed 9:58a, signed 11:52a, "
        "next visit 1/29 9:00a; last infusion 1/15 4000 mg (earlier visit); Tylenol 500 mg x2; epinephrine 0.3 mg and "
        "diphenhydramine 50 mg/mL in kit (not given); dispense of 4 vials (4 doses) and auth cap 1,800 units/28 days; "
        "dosing-weight calc 3,960 mg; 80 mL; 5.2 mL/min; levothyroxine 75 mcg, alendronate 70 mg."
    ),
}
