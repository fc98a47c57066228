"""b25-014: commercial, 2 gaps. Styles (1) Cerner PowerNote infusion note with pick lists + (6)
consolidated patient summary printout. New start on Zemaira (4th dose): 4 g kit 3,948 mg + 1 g vial
1,012 mg = 4,960 mg, no waste, J0256 496 JZ. Stop time blank; no response yet documented."""

CHART_ID = "b25-014"
DOS = "2026-03-31"
PAYER = {"profile": "commercial", "name": "Cigna Open Access Plus"}
PRIOR_AUTH = "7731904528"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 496, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
Harbor Point Medical Center - Infusion Services                        Page 1 of 1
FARROW, DESMOND K            MRN: 5520918         FIN: 3318860241
DOB: 08/25/1962   Age: 63 years   Sex: Male    Visit: 03/31/2026  Outpatient
Attending: Villanueva, Corazon MD

* Final Report *
Document Type:       Infusion Nursing Note
Service Date/Time:   3/31/2026 09:48 PDT
Result Status:       Auth (Verified)
Sign Information:    Electronically Signed on 3/31/2026 12:02 PDT by Lutz, Annika RN

Infusion Nursing Note
Visit
  [ ] First dose  [X] Subsequent dose (#4)  [ ] Make-up dose
  Authorization: Cigna PA# 7731904528   [X] On file   [ ] Pending
Pre-Assessment
  Weight: 83.0 kg   [X] Measured  [ ] Stated
  VS 09:55  T 36.5  HR 84  RR 18  BP 138/86  SpO2 94% RA
  Breath sounds: [X] Diminished  [ ] Wheeze  [ ] Crackles  [ ] Clear
  Fever/infection past 7 d: [ ] Yes  [X] No     Recent steroids: [ ] Yes  [X] No
  Tobacco: [ ] Never  [X] Former (quit 2010)  [ ] Current
Access
  [X] PIV  20g  L antecubital  Placed: 10:01    Blood return: [X] Yes
Medication Administration
  Product: [ ] Prolastin-C  [ ] Prolastin-C Liquid  [ ] Aralast NP  [X] Zemaira  [ ] Glassia
  Order: 60 mg/kg IV weekly (83.0 kg -> 4,980 mg); dispense nearest kit + vial
  Kit/vials: Zemaira 4 g kit, labeled 3,948 mg, Lot: P100640213  Exp: 01/31/2028
             Zemaira 1 g vial, labeled 1,012 mg, Lot: P100638871  Exp: 11/30/2027
  Dose administered: 4,960 mg
  Filter: [X] 5 micron  Pump: [X] Yes  [ ] Gravity     Rate: 0.08 mL/kg/min
  Start time: 10:12
  Stop time:
  Infusion duration: approx. 22 min
  Waste: [X] None - kit and vial infused in full  [ ] Partial: ___ mg
Post-Assessment
  VS 10:40  HR 80  BP 132/84  SpO2 95% RA
  Adverse reaction: [X] None  [ ] Flushing  [ ] Headache  [ ] Other: ____
  PIV d/c 10:44, catheter intact.   Discharge: 10:50  [X] Ambulatory
  Education: [X] Delayed reaction s/s  [ ] Home infusion info
  Other: ___
"""

D2 = """
HARBOR POINT MEDICAL CENTER - CONSOLIDATED PATIENT SUMMARY
Patient: FARROW, DESMOND K   MRN 5520918   DOB 08/25/1962   Printed 04/01/2026 07:58 by PFS
Coverage: Cigna Open Access Plus (commercial)   PCP: Gideon Amsalem, MD
Problems: Alpha-1 antitrypsin deficiency (E88.01) | Panlobular emphysema (J43.1) |
  Type 2 diabetes (E11.9) | Hyperlipidemia (E78.5)
Encounters listed newest to oldest. Each line group = one encounter.
-----------------------------------------------------------------------------------------
03/31/2026  Infusion Services (Lutz, A RN)       Zemaira 4,960 mg IV, start 10:12.
            Wt 83.0 kg. No reaction.
-----------------------------------------------------------------------------------------
03/24/2026  Infusion Services (Lutz, A RN)       Zemaira 4,980 mg IV 10:05-10:27.
            Wt 83.2 kg. Lots P100631190 / P100629004.
-----------------------------------------------------------------------------------------
03/17/2026  Infusion Services (Ng, T RN)         Zemaira 4,980 mg IV 10:10-10:33.
            Wt 83.5 kg.
-----------------------------------------------------------------------------------------
03/10/2026  Infusion Services (Ng, T RN)         FIRST DOSE Zemaira 5,010 mg IV 09:58-10:31
            (slower rate, first dose). Wt 83.6 kg. Observed 30 min after.
-----------------------------------------------------------------------------------------
02/24/2026  Payer correspondence                 Cigna approval, PA# 7731904528,
            03/01/2026-02/28/2027.
-----------------------------------------------------------------------------------------
01/27/2026  Pulmonology new patient (Villanueva) Wt 84.2 kg. PFT: post-BD FEV1 1.71 L
            (47% pred), FEV1/FVC 0.41. Plan: start augmentation after approval.
-----------------------------------------------------------------------------------------
01/13/2026  Lab                                  AAT 19 mg/dL (L; ref 100-190);
            SERPINA1 genotype PI*ZZ. IgA 240 mg/dL.
-----------------------------------------------------------------------------------------
12/02/2025  CT chest (outside, Bayview Imaging)  Panlobular emphysema, lower lobes;
            6 mm RUL nodule - 12-month follow-up.
-----------------------------------------------------------------------------------------
End of summary.
"""

D3 = """
Harbor Point Medical Center - Pulmonary Clinic
FARROW, DESMOND K     MRN: 5520918     FIN: 3318010477
* Final Report *
Document Type:       Pulmonology New Patient Consult
Service Date/Time:   1/27/2026 14:00 PST
Result Status:       Auth (Verified)
Sign Information:    Electronically Signed on 1/27/2026 18:12 PST by Villanueva, Corazon MD

Reason for Consult
  Emphysema out of proportion to smoking history; AAT 19 mg/dL (01/13/2026).
History of Present Illness
  63M, former smoker (15 pack-yr, quit 2010), 3 years of progressive exertional dyspnea,
  2 exacerbations in 2025 (both prednisone + doxycycline). Outside CT 12/2025 with lower-lobe
  panlobular emphysema. Genotype returned PI*ZZ.
  Dyspnea mMRC: [ ] 1  [X] 2  [ ] 3      CAT: 21
Family History
  Sister: "COPD" at 58, never tested. Two sons - testing recommended.
Exam
  Weight: 84.2 kg   BP 140/88   HR 86   SpO2 94% RA
  Chest: [X] Prolonged expiration  [X] Decreased BS  [ ] Crackles
PFT today (post-BD): FEV1 1.71 L (47% predicted), FEV1/FVC 0.41, DLCO 44% pred.
Assessment/Plan
  1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01), with panlobular emphysema (J43.1).
     Augmentation: [X] Indicated  [ ] Not indicated
     Plan Zemaira 60 mg/kg IV weekly once Cigna authorizes; first dose with 30 min
     observation. We will assess response after 6 months of therapy (CAT, exacerbations,
     spirometry).
  2. Maintenance inhaler: start umeclidinium/vilanterol; albuterol prn; pulmonary rehab.
  3. 6 mm RUL nodule: CT 12/2026.
  4. Hepatology referral for AATD liver screening (elastography).
  Follow-up: [ ] 3 mo  [X] 6 mo after first infusion
"""

DOCS = [
    {"id": "d1", "type": "infusion_record", "date": "2026-03-31", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-04-01", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2026-01-27", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d3", "_ev": "Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01)"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "SERPINA1 genotype PI*ZZ"},
    {"kind": "serum_aat", "value": 19, "unit": "mg/dL", "_doc": "d2", "_ev": "AAT 19 mg/dL (L; ref 100-190)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "with panlobular emphysema (J43.1)"},
    {"kind": "weight", "value": 83.0, "unit": "kg", "value_kg": 83.0, "_date": "2026-03-31", "_doc": "d1", "_ev": "Weight: 83.0 kg"},
    {"kind": "weight", "value": 83.2, "unit": "kg", "value_kg": 83.2, "_date": "2026-03-24", "_doc": "d2", "_ev": "Wt 83.2 kg"},
    {"kind": "weight", "value": 83.5, "unit": "kg", "value_kg": 83.5, "_date": "2026-03-17", "_doc": "d2", "_ev": "Wt 83.5 kg"},
    {"kind": "weight", "value": 83.6, "unit": "kg", "value_kg": 83.6, "_date": "2026-03-10", "_doc": "d2", "_ev": "Wt 83.6 kg"},
    {"kind": "weight", "value": 84.2, "unit": "kg", "value_kg": 84.2, "_date": "2026-01-27", "_doc": "d3", "_ev": "Weight: 84.2 kg"},
    {"kind": "dose", "value": 4960, "_doc": "d1", "_ev": "Dose administered: 4,960 mg"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "[X] None - kit and vial infused in full"},
    {"kind": "lot_number", "value": "P100640213", "_doc": "d1", "_ev": "Lot: P100640213"},
    {"kind": "lot_number", "value": "P100638871", "_doc": "d1", "_ev": "Lot: P100638871"},
    {"kind": "expiration_date", "value": "2028-01-31", "_doc": "d1", "_ev": "Lot: P100640213  Exp: 01/31/2028"},
    {"kind": "expiration_date", "value": "2027-11-30", "_doc": "d1", "_ev": "Lot: P100638871  Exp: 11/30/2027"},
    {"kind": "infusion_start", "value": "10:12", "_doc": "d1", "_ev": "Start time: 10:12"},
    {"kind": "fev1", "value": 47, "_doc": "d3", "_ev": "FEV1 1.71 L (47% predicted)"},
    {"kind": "prior_authorization", "value": "7731904528", "_doc": "d1", "_ev": "Cigna PA# 7731904528"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "[X] Former (quit 2010)"},
    {"kind": "drug_product", "value": "Zemaira", "_dos": True, "_doc": "d1", "_ev": "[X] Zemaira"},
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
    "response_to_therapy": "missing",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2026-03-31",
    "weight": {"value": 83.0, "unit": "kg", "kg": 83.0, "date": "2026-03-31"},
    "dose_mg": 4960,
    "target_mg": 4980.0,
    "tolerance_mg": 498.0,
    "deviation_pct": -0.4,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 496,
    "units_billed": 496,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2028-01-31", "2027-11-30"],
    "expiration_ok": True,
}

NOTES = """
Gaps: infusion_times missing ("Stop time:" label followed by nothing; "approx. 22 min" is a
duration; the summary's DOS block repeats only the start); response_to_therapy missing (new start,
4th dose; the consult only plans to "assess response after 6 months" and no note describes a
response). Consolidated summary: 03/24, 03/17 and 03/10 blocks carry other encounters' doses
(4,980 / 4,980 / 5,010 mg), times (10:05-10:27, 10:10-10:33, 09:58-10:31) and lots - not the
DOS. Their weights are listed (83.2, 83.5, 83.6 kg); 83.0 kg (DOS) governs. Traps: order calc
4,980 mg; 4 g kit / 1 g vial sizes vs labeled 3,948 + 1,012 mg; VS 09:55/10:40, PIV 10:01/10:44,
discharge 10:50; PA validity dates; IgA 240 mg/dL; 6 mm nodule; sister's "COPD" and sons (family);
CAT/mMRC baseline scores; "Augmentation: [X] Indicated" is not a response; "Adverse reaction:
[X] None" is not a response statement.
"""
