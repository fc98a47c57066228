# b12-016  medicaid  NEGATIVE CONTROL (iron sucrose infusion in a current smoker with COPD whose
# mother has AATD; patient never tested; claim lines are iron and administration codes only)
# Style: printed order set for IV iron + nurse shorthand infusion note + hematology progress note.

_orders = """EASTBAY COMMUNITY HEALTH - OUTPATIENT INFUSION ORDERS (printed)       Printed 01/08/2026 09:02
Order set: IRON REPLACEMENT - IRON SUCROSE (VENOFER) - ADULT
Patient: HUGHES, DARNELL K    MRN EB-3390174    DOB 02/21/1968    M
Prescriber: Lucia Fernandes, MD (Hematology)     Signed 12/29/2025 16:20
Dx: D50.0 Iron deficiency anemia secondary to chronic blood loss; K92.1 (resolved);
    J44.9 COPD
Coverage: Medi-Cal - Health Net (PA not required for iron sucrose per plan formulary)
Height 178 cm    Weight 61.2 kg (12/29/2025)

[X] iron sucrose (VENOFER) 200 mg in sodium chloride 0.9% 100 mL IV over 30 minutes
      Course: 5 doses (total 1,000 mg) - dose 2 of 5 on 01/08/2026
      Do not exceed 200 mg per dose. Do not give with oral iron on the same day.
[X] Vital signs: before, at 15 minutes, end of infusion; observe 30 minutes after
    first dose, 15 minutes after subsequent doses
[X] Hold and call if: SBP < 90; HR > 120; active infection with fever; Hgb > 13 g/dL on
    pre-infusion CBC
[X] CBC, ferritin, TSAT before dose 5
[X] Hypersensitivity: diphenhydramine 25 mg IV PRN; EPINEPHrine 0.3 mg IM PRN anaphylaxis;
    methylPREDNISolone 125 mg IV PRN
[ ] ferric carboxymaltose (INJECTAFER) 750 mg IV x2 - not selected (PA required)
[ ] iron dextran (INFeD) test dose - not selected

Nursing communication: Patient is an active smoker - cessation resources in AVS.
Pharmacy: Venofer 20 mg/mL single-dose vials, 10 mL (200 mg) - 1 vial per dose.
"""

_rn = """IV IRON INFUSION - RN NOTE - 01/08/26 - Eastbay Infusion, chair 9 - K. Ibarra RN
Pt: Hughes, Darnell 57M. Venofer 200 mg dose #2/5. Dx IDA (GI bleed 11/2025, s/p EGD
  w/ clipping), COPD. Allergies: NKDA.

@0915 arr amb, smells of smoke, states last cig ~0830. c/o fatigue improving since dose #1,
  DOE unchanged. denies fever, cough change, melena/hematochezia.
@0920 wt 61.2 kg. VS T 36.9 HR 92 BP 132/84 RR 18 SpO2 94% RA.
  hold criteria -> none (Hgb 11.2 on 01/06).
@0926 PIV 22g R FA 1st attempt, +BR, flushed 10 mL NS.
@0934 iron sucrose (Venofer) 200 mg / 10 mL (1 vial, lot 5124B07 exp 10/2027) in NS 100 mL
  started IV over 30 min via pump @ 220 mL/hr.
@0949 VS HR 90 BP 128/80 SpO2 94%. no metallic taste, no flushing, no itching.
@1004 Venofer infusion complete. entire vial given, no waste. flushed 10 mL NS.
@1019 post obs VS HR 88 BP 130/82 SpO2 95%. tol well.
@1022 PIV d/c'd, intact. d/c'd amb.
Smoking cessation: pt "cutting down", 1 ppd -> ~1/2 ppd. Quitline card given again, declined
  NRT today. Will discuss w/ Dr. Fernandes.
Pt mentions mom "gets the alpha-1 infusions every week" at UCSF & asks if he should be
  tested -> told to ask his pulm/PCP, msg sent.
Next: dose #3 01/15/26 @0915.
K. Ibarra RN  01/08/26 1031
"""

_note = """EASTBAY COMMUNITY HEALTH - HEMATOLOGY PROGRESS NOTE
Date: 12/29/2025      Provider: Lucia Fernandes, MD
Patient: Darnell K. Hughes, 57 M     MRN EB-3390174     Medi-Cal (Health Net)

HPI
57-year-old man referred after an upper GI bleed (11/2025, duodenal ulcer, clipped; H. pylori
treated) with iron-deficiency anemia: Hgb 8.4 g/dL at discharge, ferritin 6 ng/mL. Oral iron
caused severe constipation and he stopped it after 10 days. First Venofer 200 mg given
12/22/2025 without reaction. He feels less tired. Hgb 9.8 g/dL today.

He also has COPD diagnosed 2021 (spirometry: FEV1 62% predicted, FEV1/FVC 0.61), GOLD 2, on
tiotropium. He smokes about half a pack a day (40 pack-years). He mentions that his mother
has alpha-1 antitrypsin deficiency and receives weekly Prolastin-C at UCSF, and that his
brother "was told he is a carrier". He himself has never had an alpha-1 level or genotype.

PMH: IDA; PUD with bleed 11/2025; COPD; hypertension; tobacco use disorder.
Meds: pantoprazole 40 mg BID; tiotropium 18 mcg daily; albuterol PRN; amlodipine 10 mg;
iron sucrose IV course.

Exam: weight 61.2 kg; BP 128/80; HR 94; SpO2 94% RA. Pale conjunctivae. Prolonged
expiration with scattered wheeze. Abdomen soft, non-tender.

Labs 12/29/2025: Hgb 9.8 g/dL, MCV 74 fL, ferritin 18 ng/mL, TSAT 7%, platelets 388.

ASSESSMENT / PLAN
1. Iron-deficiency anemia from GI blood loss, intolerant of oral iron - responding to IV
   iron (Hgb 8.4 -> 9.8). Continue Venofer 200 mg weekly x 4 more doses (total 1,000 mg).
   Recheck CBC/ferritin after dose 5.
2. COPD, current smoker - strongly advised to quit; referral to the tobacco treatment
   program. Given his mother's alpha-1 antitrypsin deficiency he should have an AAT level
   and phenotype - possible AATD is not excluded. He prefers to have this done by his PCP
   or pulmonologist; I sent a message to his PCP (Dr. Obi). No testing ordered today.
3. PUD - continue PPI; GI follow-up 02/2026.

Lucia Fernandes, MD   12/29/2025 16:18
"""

CHART = {
    "chart_id": "b12-016",
    "date_of_service": "2026-01-08",
    "payer": {"profile": "medicaid", "name": "Medi-Cal (Health Net)"},
    "claim_lines": [
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "J1756", "units": 200, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-01-08", "text": _orders},
        {"id": "d2", "type": "infusion_record", "date": "2026-01-08", "text": _rn},
        {"id": "d3", "type": "progress_note", "date": "2025-12-29", "text": _note},
    ],
}

GOLD = {
    "chart_id": "b12-016",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "missing",
        "genotype": "missing",
        "serum_aat_level": "missing",
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
        "smoking_status": "conflict",
    },
    "findings": [
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 62},
        {"kind": "smoking_status", "value": "current"},
        {"kind": "weight", "value": 61.2, "unit": "kg", "value_kg": 61.2},
    ],
    "notes": (
        "Negative control: IV iron sucrose 200 mg (J1756 x200 JZ), not A1PI; no A1PI drug line so units "
        "and code selection are not_applicable. Venofer dose, lot 5124B07 / exp 10/2027, start @0934 / "
        "complete @1004 and 'entire vial given, no waste' belong to another drug and are not findings. "
        "Mother's AATD on Prolastin-C and brother 'carrier' are family; 'possible AATD is not excluded' "
        "is uncertain and no testing was done -> diagnosis, genotype and serum missing. Response to IV "
        "iron is not a response to augmentation. 'PA not required for iron sucrose' is not an A1PI "
        "authorization (medicaid requires one -> missing). Current smoker (1/2 ppd; smoked at 0830 "
        "today) -> smoking_status conflict. COPD (diagnosis, J44.9) -> lung met; the "
        "spirometry numbers alone (FEV1/FVC 0.61) are not an extra worded 'airflow obstruction' finding."
    ),
}

ARITH = {
    "dos": "2026-01-08",
    "profile": "medicaid",
    "product": None,
    "code": None,
    "weight": {"value": 61.2, "unit": "kg", "kg": 61.2},
    "dose_mg": None,
    "waste_mg": None,
    "other_drug": {"name": "iron sucrose (Venofer)", "dose_mg": 200, "hcpcs": "J1756",
                   "bu_mg": 1, "units": 200},
    "lots": [],
    "modifier_expectation": "no A1PI lines",
}
