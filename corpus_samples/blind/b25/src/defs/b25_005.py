"""b25-005: medicaid, NEGATIVE CONTROL. Styles (1) Cerner PowerNote clinic note with pick lists +
(6) consolidated patient summary printout. PI*MZ carrier with COPD, AAT 94 mg/dL; augmentation
not indicated; claim is an office visit and spirometry only."""

CHART_ID = "b25-005"
DOS = "2026-03-10"
PAYER = {"profile": "medicaid", "name": "Molina Healthcare of Ohio (Medicaid)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "99214", "units": 1, "modifiers": ["25"]},
    {"hcpcs": "94060", "units": 1, "modifiers": []},
]

D1 = """
Valley Crest Medical Group - Pulmonary                                 Page 1 of 2
VUKOVICH, RAMONA L          MRN: 7730215        FIN: 26031000448
DOB: 02/09/1965   Age: 61 years   Sex: Female    Visit: 03/10/2026  Clinic
Attending: Haugen, Pieter DO

* Final Report *
Document Type:       Pulmonology Clinic Note
Service Date/Time:   3/10/2026 13:20 EST
Result Status:       Auth (Verified)
Sign Information:    Electronically Signed on 3/10/2026 18:47 EST by Haugen, Pieter DO

Chief Complaint
  COPD follow-up; review of alpha-1 testing; asks about "the alpha-1 infusions".
History of Present Illness
  61 y/o woman with COPD (spirometry-confirmed 2024), former smoker, seen after an ED visit
  01/14/2026 for exacerbation (prednisone x5 d, azithromycin). Alpha-1 screening sent by PCP
  per COPD guideline. Her brother has PI*ZZ and gets weekly Prolastin-C in Columbus; she wants
  to know whether she needs the same.
  Exacerbations past 12 mo: [ ] 0  [X] 1  [ ] 2 or more    Hospitalized: [ ] Yes  [X] No
  Dyspnea mMRC: [ ] 0  [ ] 1  [X] 2  [ ] 3  [ ] 4       CAT: 17
  Inhaler technique: [X] Correct  [ ] Needs teaching
  Other: walking 15 min/day since ED visit.
Social History
  Tobacco: [ ] Never  [X] Former  [ ] Current      Quit date: 05/2024   Pack-years: 35
  E-cigarettes: [ ] Yes  [X] No
Vital Signs
  BP 132/84   HR 88   RR 18   SpO2 94% RA   Weight: 68.9 kg   Height: 160 cm
Physical Exam
  Lungs: [ ] Clear  [X] Scattered expiratory wheeze  [ ] Crackles
  Extremities: [X] No edema  [ ] Edema
Spirometry today (pre / post albuterol 4 puffs)
  FEV1 1.49 L (63% predicted) / 1.56 L (66% predicted)
  FVC 2.64 L / 2.71 L     FEV1/FVC 0.56 / 0.58     BD response: [ ] Significant  [X] Not significant
Results Review
  Alpha-1 antitrypsin 09/18/2025: 94 mg/dL (L; ref 100-190).  Phenotype: MZ.
Assessment and Plan
  1. COPD, GOLD 2, group E (J44.9): [X] Stable  [ ] Worsening
     Continue fluticasone furoate/umeclidinium/vilanterol 1 inh daily; albuterol prn.
     Pulmonary rehab referral placed (referral # R-55102).
  2. Heterozygous alpha-1 antitrypsin carrier, PI*MZ (Z14.8).
     Severe alpha-1 antitrypsin deficiency: [ ] Yes  [X] No - she does not have AATD.
     Augmentation therapy: [ ] Indicated  [X] Not indicated (MZ, level 94 mg/dL; no benefit
     shown). Counseled; she is relieved.
     Cascade testing recommended for her two adult children.
  3. Tobacco use in remission: [X] Congratulated  [ ] Cessation meds
  4. Vaccines: [X] Influenza 10/2025  [X] PCV20 2025  [ ] RSV - will get at pharmacy
  Follow-up: [ ] 1 mo  [ ] 3 mo  [X] 6 mo    With: [X] Spirometry  [ ] Full PFT
"""

D2 = """
VALLEY CREST MEDICAL GROUP - CONSOLIDATED PATIENT SUMMARY (most recent encounter first)
Patient: VUKOVICH, RAMONA L   MRN 7730215   DOB 02/09/1965   Printed: 03/11/2026 08:02
Coverage: Molina Healthcare of Ohio (Medicaid)     PCP: Arlene Szabo, NP
Active problems: COPD (J44.9); Heterozygous alpha-1 antitrypsin carrier, PI*MZ (Z14.8);
  Tobacco use disorder, in remission (F17.211); GERD (K21.9); Osteopenia (M85.80)
------------------------------------------------------------------------------------------
03/10/2026  PULMONOLOGY CLINIC - Haugen, Pieter DO
  Wt 68.9 kg. COPD f/u, spirometry. PI*MZ carrier - augmentation not indicated.
------------------------------------------------------------------------------------------
01/14/2026  EMERGENCY DEPT - Valley Crest Hospital
  COPD with acute exacerbation (J44.1). Wt 70.2 kg. SpO2 88% -> 93% on 2 L.
  Prednisone 40 mg x 5 d, azithromycin 500 mg then 250 mg x 4 d. Discharged 18:40.
------------------------------------------------------------------------------------------
09/18/2025  LAB - Alpha-1 antitrypsin 94 mg/dL (L); phenotype MZ. CRP 4 mg/L.
------------------------------------------------------------------------------------------
08/26/2025  PRIMARY CARE - Szabo, Arlene NP
  Wt 71.5 kg. COPD - rule out alpha-1 antitrypsin deficiency; AAT level + phenotype ordered.
  Brother recently diagnosed PI*ZZ (level 22 mg/dL), started on Prolastin-C.
------------------------------------------------------------------------------------------
03/04/2025  PRIMARY CARE - Szabo, Arlene NP
  Wt 73.0 kg. Smoking cessation follow-up; quit 05/2024, no relapse.
------------------------------------------------------------------------------------------
11/12/2024  PULMONARY FUNCTION LAB
  FEV1 1.46 L (61% pred), FEV1/FVC 0.57 post-BD. Moderate airflow obstruction.
------------------------------------------------------------------------------------------
End of summary - 6 encounters. Documents available on request from HIM.
"""

D3 = """
VALLEY CREST HOSPITAL LABORATORY                           Final report
Patient: VUKOVICH, RAMONA L    MRN 7730215    DOB 02/09/1965    F
Collected: 09/18/2025 07:44    Received: 09/18/2025 09:10    Reported: 09/24/2025 15:31
Ordering provider: Szabo, Arlene NP     Dx: J44.9

ALPHA-1 ANTITRYPSIN PANEL
  Alpha-1 antitrypsin, serum (nephelometry)      94 mg/dL     L     100 - 190 mg/dL
  Alpha-1 antitrypsin phenotype (IEF)            MZ           A     MM
  C-reactive protein                             4 mg/L             < 8 mg/L

Interpretation: Phenotype MZ - heterozygous carrier of the Z allele with mildly reduced
serum AAT. This pattern is not associated with the severe deficiency for which augmentation
therapy is indicated. Genetic counseling and testing of first-degree relatives recommended.
Reviewed by: Farida Nasser, MD, Clinical Pathology   09/24/2025
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-10", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-03-11", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2025-09-24", "text": D3},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d3", "_ev": "Alpha-1 antitrypsin phenotype (IEF)            MZ"},
    {"kind": "serum_aat", "value": 94, "unit": "mg/dL", "_doc": "d3", "_ev": "Alpha-1 antitrypsin, serum (nephelometry)      94 mg/dL"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "COPD, GOLD 2, group E (J44.9)"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d2", "_ev": "Moderate airflow obstruction."},
    {"kind": "weight", "value": 68.9, "unit": "kg", "value_kg": 68.9, "_date": "2026-03-10", "_doc": "d1", "_ev": "Weight: 68.9 kg"},
    {"kind": "weight", "value": 70.2, "unit": "kg", "value_kg": 70.2, "_date": "2026-01-14", "_doc": "d2", "_ev": "Wt 70.2 kg"},
    {"kind": "weight", "value": 71.5, "unit": "kg", "value_kg": 71.5, "_date": "2025-08-26", "_doc": "d2", "_ev": "Wt 71.5 kg"},
    {"kind": "weight", "value": 73.0, "unit": "kg", "value_kg": 73.0, "_date": "2025-03-04", "_doc": "d2", "_ev": "Wt 73.0 kg"},
    {"kind": "fev1", "value": 63, "_doc": "d1", "_ev": "FEV1 1.49 L (63% predicted)"},
    {"kind": "fev1", "value": 66, "_doc": "d1", "_ev": "1.56 L (66% predicted)"},
    {"kind": "fev1", "value": 61, "_doc": "d2", "_ev": "FEV1 1.46 L (61% pred)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d1", "_ev": "[X] Former  [ ] Current      Quit date: 05/2024"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing",
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "missing",
    "prior_authorization": "missing",
    "code_selection": "not_applicable",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-03-10",
    "weight": {"value": 68.9, "unit": "kg", "kg": 68.9, "date": "2026-03-10"},
    "dose_mg": None,
    "target_mg": 4134.0,
    "tolerance_mg": 413.4,
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
NEGATIVE CONTROL: PI*MZ carrier with COPD, AAT 94 mg/dL, never on augmentation; claim is 99214-25 +
94060 (no drug lines). AATD is negated ("[X] No - she does not have AATD"), the PCP's "rule out
alpha-1 antitrypsin deficiency" is uncertain, and the problem is a carrier state (Z14.8), so
aatd_diagnosis is missing; genotype (MZ) and serum level (94 mg/dL) are conflicts. Administration
items are missing; units and code not applicable; wastage missing (no drug line, no waste
statement); no PA number (referral # R-55102 is not one). Traps: brother PI*ZZ, 22 mg/dL, on
Prolastin-C (family; not a product finding for the patient); patient's question about the
infusions; ED prednisone/azithromycin doses, ED discharge time; "Augmentation therapy: [ ]
Indicated"; reference MM and 100-190 mg/dL; cascade testing for children. "COPD [X] Stable" is not
a response to augmentation. Weights from the ED, PCP and 2025 visits are listed; 68.9 kg governs.
"""
