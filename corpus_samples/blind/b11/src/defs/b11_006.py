D1 = """
UNIVERSITY DIGESTIVE & LIVER CENTER - HEPATOLOGY CLINIC NOTE
Patient: Linnea Sorensen-Hale    DOB 03/19/1973    MRN U-6620193    Visit: 12/02/2025
Attending: Farida Nakhleh, MD (Transplant Hepatology)    Referring: Owen Brightwater, MD (Pulmonary)

REASON FOR VISIT: Annual liver surveillance, alpha-1 antitrypsin deficiency.

HISTORY OF PRESENT ILLNESS
52-year-old woman with alpha-1 antitrypsin deficiency, PI*ZZ, diagnosed 2022 when she presented with
dyspnea and mildly elevated transaminases. Lung involvement (emphysema) is followed by Dr. Brightwater
and she receives weekly IV augmentation (Prolastin-C) at the university infusion center. She is here for
liver surveillance. No jaundice, pruritus, melena, hematemesis, abdominal swelling or confusion. Energy
fair. No alcohol since diagnosis (previously 1-2 glasses wine/week). Never used tobacco.

PAST MEDICAL HISTORY: AATD (E88.01); emphysema; hypothyroidism; migraine; C-section x2.
MEDICATIONS: levothyroxine 75 mcg daily; Breztri Aerosphere 2 puffs BID; albuterol prn; sumatriptan
50 mg prn; vitamin D3 2000 IU daily; Prolastin-C 60 mg/kg IV weekly (pulmonary).
ALLERGIES: codeine (nausea).
FAMILY HISTORY: son (24) tested PI*MZ, AAT 92 mg/dL, normal LFTs; father died of "cirrhosis" age 61,
never tested. Sister untested - encouraged.

EXAM: BP 124/76, HR 72, Wt 70.3 kg, Ht 165 cm, BMI 25.8. No scleral icterus, no spider angiomata,
no palmar erythema. Abdomen soft, liver edge 1 cm below costal margin, no splenomegaly, no ascites.

DATA
  Labs 11/25/2025: AST 48 U/L (H), ALT 61 U/L (H), alk phos 110 U/L, T bili 0.9 mg/dL, albumin 4.1 g/dL,
  INR 1.1, platelets 168 K/uL, creatinine 0.8. AFP 3.1 ng/mL. MELD-Na 8.
  FibroScan 11/25/2025: LSM 9.8 kPa (IQR/med 14%), CAP 240 dB/m -> consistent with F2 fibrosis.
  (2024: LSM 8.9 kPa)
  US abdomen 11/25/2025: mildly coarsened echotexture, no focal lesion, patent portal vein, spleen 11 cm.

ASSESSMENT
1. Alpha-1 antitrypsin deficiency-associated liver disease, PI*ZZ, with stage F2 fibrosis by elastography,
   slowly progressive (9.8 vs 8.9 kPa). Compensated. No portal hypertension.
   Note: IV augmentation replaces circulating AAT for the lungs but does not treat the hepatocyte
   retention of polymerized Z protein; her liver course is independent of her infusions.
2. Emphysema due to AATD - per pulmonary.

PLAN
- LFTs, CBC, INR every 6 months; FibroScan yearly; no HCC surveillance ultrasound needed unless F3-F4,
  but will repeat ultrasound in 12 months given trend.
- Discussed investigational RNAi therapy (fazirsiran) trials; if she enrolls, she would continue
  augmentation. She will consider; contact info for the study coordinator given.
- Hepatitis A/B immune (vaccinated). Avoid alcohol, avoid NSAIDs in high doses.
- Weight maintenance; Mediterranean diet handout.
- Return 6 months.

Farida Nakhleh, MD   12/02/2025 17:26
cc: O. Brightwater, MD
"""

D2 = """
UNIVERSITY PULMONARY - FOLLOW-UP VISIT
Linnea Sorensen-Hale | 52 y | F | MRN U-6620193 | 01/06/2026 | Owen Brightwater, MD
Payer: UnitedHealthcare Choice Plus (commercial)

S: Here for 6-month check. Infusions weekly since 08/2022; no missed doses in last quarter except one
(holiday). Walks 30 min daily. Only one mild flare since starting treatment (03/2023, prednisone burst).
Never smoker. No wood stove, worked as a dental hygienist.

O: T 36.7 HR 76 BP 120/74 SpO2 96% Wt 70.0 kg
   Lungs: mildly decreased breath sounds at bases, no wheeze.
   PFT today: FEV1 1.64 L = 58% predicted (post-BD); FVC 2.98 L; FEV1/FVC 0.55; DLCO 61% predicted.
   06/2025 FEV1 1.66 L (59% predicted).
   6MWT: 420 m (06/2025 412 m), nadir SpO2 91%.
   CT chest 2023: panacinar emphysema, lower-lobe predominant; no bronchiectasis.
   Baseline AAT (08/2022, before augmentation): 0.36 g/L.

A/P:
1. Alpha-1 antitrypsin deficiency, PI*ZZ, with panacinar emphysema. Clinical response to augmentation is
   good: FEV1 stable over 12 months, 6MWD improved slightly, one mild exacerbation in 3 years.
   - Continue Prolastin-C 60 mg/kg IV weekly.
   - UHC prior authorization # A1PI-2025-66210349, approved 07/15/2025 - 07/14/2026.
2. AATD liver disease F2 - hepatology following (note 12/02/2025 reviewed).
3. Vaccines: influenza 10/2025; RSV 2024; PCV20 2023.
Return 6 months with PFT.

O. Brightwater, MD  01/06/2026
"""

D3 = """
INFUSION CENTER NURSING NOTE                                   University Infusion Center, Bay C
01/13/2026
Linnea Sorensen-Hale, DOB 03/19/1973, MRN U-6620193. Allergies: codeine.

Pt arrived 12:48 for weekly alpha-1 augmentation. Identity confirmed with name and DOB. She reports
feeling well, no fever, cough or sputum change since last week. Vitals at 12:55: T 36.6, P 74,
BP 122/76, RR 16, SpO2 96% on room air. Standing weight 69.8 kg.

Peripheral IV 22g placed in the right antecubital at 13:02 on first attempt with good blood return.

Medication: Prolastin-C (alpha1-proteinase inhibitor [human]), lyophilized, 1,000 mg single-dose vials,
4 vials from pharmacy, lot P3HC027, expiration 05/2027. Each vial reconstituted by pharmacy with 20 mL
sterile water (verified 12:58). Order is 60 mg/kg; at 69.8 kg the calculated amount is 4,188 mg and
pharmacy rounds to 4 vials per protocol (within 10%).
Prolastin-C 4,000 mg (80 mL) infused IV via pump. Infusion began 13:15 and was completed at 13:33.
All four vials fully used, nothing wasted.

Pt tolerated without flushing, hives, chest tightness or dyspnea. Vitals at 13:35: P 72, BP 118/72,
SpO2 97%. IV removed 13:41, catheter tip intact. Pt discharged ambulatory at 13:45, next appointment
01/20/2026 at 12:45.

Charges: J0256 x 400 JZ; 96365.
Hannah Yoo, RN  01/13/2026 13:58
"""

CHART = {
    "chart_id": "b11-006",
    "date_of_service": "2026-01-13",
    "payer": {"profile": "commercial", "name": "UnitedHealthcare Choice Plus"},
    "prior_authorization": "A1PI-2025-66210349",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 400, "modifiers": ["JZ"]},
    ],
    "documents": [
        {"id": "d1", "type": "progress_note", "date": "2025-12-02", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2026-01-06", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2026-01-13", "text": D3},
    ],
}

ARITH = {"profile": "commercial", "dos_weight_kg": 69.8, "dose_mg": 4000, "waste_mg": 0,
         "expirations": ["2027-05"], "start": "13:15", "end": "13:33", "products": ["Prolastin-C"]}

GOLD = {
    "chart_id": "b11-006",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.36, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 58},
        {"kind": "fev1", "value": 59},
        {"kind": "weight", "value": 70.3, "unit": "kg", "value_kg": 70.3},
        {"kind": "weight", "value": 70.0, "unit": "kg", "value_kg": 70.0},
        {"kind": "weight", "value": 69.8, "unit": "kg", "value_kg": 69.8},
        {"kind": "dose", "value": 4000},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "P3HC027"},
        {"kind": "expiration_date", "value": "2027-05"},
        {"kind": "infusion_start", "value": "13:15"},
        {"kind": "infusion_end", "value": "13:33"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "A1PI-2025-66210349"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Complete commercial chart led by a hepatology note (d1) that mentions AATD mostly for the liver. DOS "
        "2026-01-13, weight 69.8 kg; 60 x 69.8 = 4188; given 4000 mg = -4.5 %. J0256 ceil(4000/10) = 400, "
        "JZ, 'nothing wasted' -> commercial wastage met. Lot P3HC027 exp 05/2027 -> 2027-05 (month end after "
        "DOS). Start 13:15 / completed 13:33. FEV1 58 and 59 % in range; never smoker; PA "
        "A1PI-2025-66210349. Response in d2 (FEV1 stable, 6MWD improved, one mild exacerbation in 3 years). "
        "Traps: hepatology statement that augmentation 'does not treat' liver disease is general, not a "
        "negative response; son PI*MZ AAT 92 mg/dL and father's cirrhosis (family); LFT/AFP/INR/FibroScan "
        "numbers (9.8 kPa, 240 dB/m); fazirsiran trial hypothetical; weights 70.3 (12/02) and 70.0 (01/06) "
        "are weight findings but not nearest DOS; calculated 4,188 mg; 1,000 mg vials x4 and 20 mL; "
        "levothyroxine 75 mcg, sumatriptan 50 mg, vitamin D 2000 IU; arrival 12:48, vitals 12:55/13:35, "
        "pharmacy 12:58, IV 13:02, IV out 13:41, discharge 13:45, next appt 12:45; DLCO 61 %, 6MWT 420/412 m; "
        "'no bronchiectasis' negated."
    ),
}
