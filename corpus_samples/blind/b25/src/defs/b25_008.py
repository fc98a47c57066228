"""b25-008: medicare, 2 gaps. Styles (1) Cerner PowerNote infusion note with pick lists + (6)
consolidated patient summary printout. Glassia 5 x 1,008 mg = 5,040 mg (order never re-based after
a 13 kg weight loss), billed J0256 504 JZ."""

CHART_ID = "b25-008"
DOS = "2026-03-18"
PAYER = {"profile": "medicare", "name": "Medicare Part B (Novitas JL)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 504, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
St. Anselm Health - Outpatient Infusion                                   Page 1 of 1
PELLEGRINI, ARTHUR J          MRN: 20993418       FIN: 7261180023
DOB: 11/30/1949   Age: 76 years   Sex: Male    Visit: 03/18/2026  Outpatient
Attending: Okonkwo-Berg, Lise MD

* Final Report *
Document Type:       Infusion Nursing Note
Service Date/Time:   3/18/2026 12:41 EDT
Result Status:       Auth (Verified)
Sign Information:    Electronically Signed on 3/18/2026 15:02 EDT by Dufresne, Maelle RN

Infusion Nursing Note
Visit
  [X] Weekly augmentation   [ ] First dose   [ ] Rescheduled dose
  Arrival: 12:41   Accompanied by: [X] Self  [ ] Family  [ ] Transport
Assessment
  Weight: 70.5 kg   [X] Measured  [ ] Stated
  Weight change >= 5% from dosing weight: [X] Yes  [ ] No
    Other: order weight 84.0 kg (05/2024). Secure message sent to Dr. Okonkwo-Berg 12:50;
    no reply before start. Given as ordered per standing order.
  VS 12:48   T 36.4   HR 70   RR 16   BP 118/66   SpO2 93% RA
  Lungs: [X] Diminished  [ ] Wheeze  [ ] Rhonchi    Edema: [ ] Yes [X] No
  Infection screen (fever, purulent sputum, antibiotics in 14 d): [ ] Yes  [X] No
Access
  [X] PIV  22g  L hand  Placed 12:57  [ ] Port  [ ] PICC    Blood return: [X] Yes
Medication
  Product: [ ] Prolastin-C  [ ] Prolastin-C Liquid  [ ] Aralast NP  [ ] Zemaira  [X] Glassia
  Order on file: alpha1-proteinase inhibitor (human) 60 mg/kg IV weekly = 5,040 mg
  Vials: 5 x Glassia 1 g/50 mL, labeled 1,008 mg each
  Lot: LGB25D118     Exp: 28-Feb-2027
  Dose administered: 5,040 mg (250 mL)
  Filter: [X] 5 micron in-line    Pump: [X] Alaris  [ ] Gravity
  Infusion start: 13:10     Infusion end: 14:22
  Waste: [X] None - all 5 vials infused in full  [ ] Partial: ___ mg
Post-Infusion
  VS 14:30   HR 72   BP 120/70   SpO2 94% RA
  Adverse reaction: [X] None  [ ] Urticaria  [ ] Chest tightness  [ ] Other: ____
  PIV removed 14:36, intact.   Discharged: 14:41  [X] Ambulatory
  Other: reminded pt of 03/25 pulmonology call re: weight and dose.
"""

D2 = """
ST. ANSELM HEALTH - PATIENT ENCOUNTER SUMMARY (REVERSE CHRONOLOGICAL)
Patient: PELLEGRINI, ARTHUR J   MRN 20993418   DOB 11/30/1949   Printed 03/19/2026 07:15
Requested by: Revenue Integrity (pre-bill review)   Coverage: Medicare Part B; AARP Supp G
Problem list: Alpha-1 antitrypsin deficiency (E88.01) | Centrilobular and panlobular
  emphysema (J43.8) | Unintentional weight loss (R63.4) | CKD 3a (N18.31) | Gout (M10.9)
==========================================================================================
[1] 03/18/2026  OUTPATIENT INFUSION           Dufresne, M RN
    Wt 70.5 kg. Glassia 5,040 mg IV. No waste. No reaction.
[2] 03/11/2026  OUTPATIENT INFUSION           Dufresne, M RN
    Wt 71.0 kg. Glassia 5,040 mg IV 13:05-14:14, lot LGB25C077 exp 31-Dec-2026. No reaction.
[3] 03/04/2026  OUTPATIENT INFUSION           Ali, S RN
    Wt 71.2 kg. Glassia 5,040 mg IV 13:12-14:20, lot LGB25C077.
[4] 02/25/2026  PULMONOLOGY OFFICE VISIT      Okonkwo-Berg, L MD
    Wt 71.8 kg. Stable on Glassia. FEV1 1.18 L (44% pred). Wt loss work-up negative.
[5] 01/09/2026  CT ABDOMEN/PELVIS W CONTRAST  (weight loss) - no mass, no adenopathy.
[6] 09/30/2025  PRIMARY CARE                  Haddad, R MD
    Wt 76.4 kg. Weight loss 8 kg/yr; appetite poor since wife's death. Nutrition referral.
[7] 05/21/2024  PULMONOLOGY OFFICE VISIT      Okonkwo-Berg, L MD
    Wt 84.0 kg. Glassia reordered: 60 mg/kg x 84.0 kg = 5,040 mg weekly.
[8] 04/02/2019  LAB                           AAT 38 mg/dL (ref 90-200); phenotype ZZ.
    Son and daughter tested 2019: both PI*MZ.
==========================================================================================
8 encounters shown.
"""

D3 = """
St. Anselm Health - Pulmonary Clinic
PELLEGRINI, ARTHUR J     MRN: 20993418     FIN: 7260225114
* Final Report *
Document Type:       Pulmonology Office Note
Service Date/Time:   2/25/2026 09:40 EST
Result Status:       Auth (Verified)
Sign Information:    Electronically Signed on 2/25/2026 16:18 EST by Okonkwo-Berg, Lise MD

Chief Complaint
  6-month follow-up, alpha-1 antitrypsin deficiency on Glassia.
History of Present Illness
  76M, AATD phenotype ZZ (AAT 38 mg/dL 2019), emphysema, weekly Glassia since 06/2019.
  Exacerbations since last visit: [X] None  [ ] Outpatient  [ ] Hospitalized
  Breathing: [ ] Better  [X] Unchanged  [ ] Worse     mMRC 2
  Other: lost weight after his wife died last spring; CT A/P 01/2026 negative.
Social History
  Tobacco: [ ] Never  [X] Former - quit 1998, 30 pack-yr  [ ] Current
Exam
  Weight: 71.8 kg    BP 122/70   HR 74   SpO2 93% RA
  Chest: [X] Hyperresonant  [X] Decreased BS  [ ] Wheeze
Spirometry (post-BD) today: FEV1 1.18 L (44% predicted), FVC 3.02 L, FEV1/FVC 0.39
  prior 08/2025: FEV1 1.21 L (45% predicted)
Assessment/Plan
  1. Alpha-1 antitrypsin deficiency (E88.01), ZZ.
     Response to augmentation: [X] Stable  [ ] Improved  [ ] Declining
     Other: no exacerbations in 12 months; FEV1 -30 mL in 6 mo. Continue Glassia weekly.
  2. Emphysema (J43.8): continue tiotropium/olodaterol; pulmonary rehab maintenance.
  3. Weight loss: nutrition follow-up; mirtazapine per PCP.
  Follow-up: [X] 6 mo   Phone check: 03/25/2026
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-18", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-19", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-02-25", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency (E88.01), ZZ."},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "AATD phenotype ZZ"},
    {"kind": "serum_aat", "value": 38, "unit": "mg/dL", "_doc": "d3", "_ev": "AAT 38 mg/dL 2019"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "Emphysema (J43.8)"},
    {"kind": "weight", "value": 70.5, "unit": "kg", "value_kg": 70.5, "_date": "2026-03-18", "_doc": "d1", "_ev": "Weight: 70.5 kg"},
    {"kind": "weight", "value": 71.0, "unit": "kg", "value_kg": 71.0, "_date": "2026-03-11", "_doc": "d2", "_ev": "Wt 71.0 kg"},
    {"kind": "weight", "value": 71.2, "unit": "kg", "value_kg": 71.2, "_date": "2026-03-04", "_doc": "d2", "_ev": "Wt 71.2 kg"},
    {"kind": "weight", "value": 71.8, "unit": "kg", "value_kg": 71.8, "_date": "2026-02-25", "_doc": "d3", "_ev": "Weight: 71.8 kg"},
    {"kind": "weight", "value": 76.4, "unit": "kg", "value_kg": 76.4, "_date": "2025-09-30", "_doc": "d2", "_ev": "Wt 76.4 kg"},
    {"kind": "weight", "value": 84.0, "unit": "kg", "value_kg": 84.0, "_date": "2024-05-21", "_doc": "d2", "_ev": "Wt 84.0 kg. Glassia reordered"},
    {"kind": "dose", "value": 5040, "_doc": "d1", "_ev": "Dose administered: 5,040 mg (250 mL)"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "[X] None - all 5 vials infused in full"},
    {"kind": "lot_number", "value": "LGB25D118", "_doc": "d1", "_ev": "Lot: LGB25D118"},
    {"kind": "expiration_date", "value": "2027-02-28", "_doc": "d1", "_ev": "Exp: 28-Feb-2027"},
    {"kind": "infusion_start", "value": "13:10", "_doc": "d1", "_ev": "Infusion start: 13:10"},
    {"kind": "infusion_end", "value": "14:22", "_doc": "d1", "_ev": "Infusion end: 14:22"},
    {"kind": "fev1", "value": 44, "_doc": "d3", "_ev": "FEV1 1.18 L (44% predicted)"},
    {"kind": "fev1", "value": 45, "_doc": "d3", "_ev": "FEV1 1.21 L (45% predicted)"},
    {"kind": "response_to_therapy", "_doc": "d3", "_ev": "Response to augmentation: [X] Stable"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "[X] Former - quit 1998"},
    {"kind": "drug_product", "value": "Glassia", "_dos": True, "_doc": "d1", "_ev": "[X] Glassia"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "conflict",
    "units_match_dose": "met",
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "not_applicable",
    "code_selection": "conflict",
}

ARITH = {
    "dos": "2026-03-18",
    "weight": {"value": 70.5, "unit": "kg", "kg": 70.5, "date": "2026-03-18"},
    "dose_mg": 5040,
    "target_mg": 4230.0,
    "tolerance_mg": 423.0,
    "deviation_pct": 19.15,
    "within_tolerance": False,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 504,
    "units_billed": 504,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-02-28"],
    "expiration_ok": True,
}

NOTES = """
Gaps: code_selection conflict (Glassia is J0257; the claim carries J0256, the NOS code for the
other brands) and dose_matches_weight conflict (5,040 mg was calculated at 84.0 kg in 05/2024;
the DOS weight is 70.5 kg, target 4,230 mg, +19.2 %; the nurse flagged it and gave as ordered).
Units (504 = 5,040/10) and JZ with "None" waste are consistent. Pick list: only [X] Glassia is the
product; unchecked brand names are not findings. Consolidated summary: only entry [1] is the DOS;
the 03/11 and 03/04 lots (LGB25C077, exp 31-Dec-2026), times and doses belong to other
encounters. All dated weights are listed (70.5, 71.0, 71.2, 71.8, 76.4, 84.0 kg); 70.5 governs.
Traps: order calc "60 mg/kg x 84.0 kg = 5,040 mg"; arrival 12:41, secure message 12:50, VS
12:48/14:30, PIV 12:57/14:36, discharge 14:41; 250 mL; children PI*MZ; ref 90-200; CT A/P.
"""
