D1 = """
BAYSIDE MEDICAL CENTER - AMBULATORY INFUSION
NURSING INFUSION DOCUMENTATION            Date of service: 12/09/2025
Patient: ABERNATHY-GRANT, LUCILLE   MRN BMC-1027745   DOB 02/08/1953   Medicare A/B
Ordering provider: Desmond Achebe-Lowry, MD   Order: Prolastin-C Liquid 60 mg/kg IV weekly
Primary RN: Gail Furtado, RN

Assessment 13:48
  Weight 85.7 kg (188.9 lb)   T 36.5   HR 80   BP 140/82   RR 18   SpO2 93% RA
  Chronic dyspnea at baseline; no fever; no new sputum. Consent on file.
IV access 13:58 - PIV 22g R forearm, + blood return.

Product / preparation (pharmacy label transcribed)
  Prolastin-C Liquid 4,000 mg/80 mL   Lot 24H7708   Exp 09/30/2026
  Prolastin-C Liquid 1,000 mg/20 mL   Lot 24F5512   Exp 07/31/2026
  Prolastin-C Liquid   500 mg/10 mL   Lot 24E1093   Exp 05/31/2026
  Calculated: 60 mg/kg x 85.7 kg = 5,142 mg

Administration
  Dose administered: 5,410 mg
  Volume infused: 102.8 mL (50 mg/mL)
  Infusion start 14:10   Infusion end 14:27   Rate ~6.9 mL/min
  Waste: 7.2 mL (360 mg) remaining in the 500 mg single-use vial discarded, witnessed by L. Tran RN

Post-infusion 14:35: HR 78, BP 136/80, SpO2 94%. No reaction. PIV removed 14:40. Discharged 14:46.
Charges: J0256 x 514; J0256-JW x 36; 96365

Signed Gail Furtado, RN 12/09/2025 14:58

----------------------------------------------------------------------------------------------------
ADDENDUM - 12/10/2025 17:05 - Gail Furtado, RN (in response to CDI query Q-25-3391)
1. "Dose administered: 5,410 mg" above was ENTERED IN ERROR (digits transposed). Correct administered
   dose: 5,140 mg (102.8 mL x 50 mg/mL), consistent with volume infused and the 360 mg discarded.
2. Lot for the 4,000 mg vial entered in error: "24H7708". Lot corrected to 24H7780 (verified against
   the pharmacy dispensing record and the retained carton). Expiration 09/30/2026 unchanged.
No other changes. Original entry retained above per policy.
----------------------------------------------------------------------------------------------------
"""

D2 = """
CLINICAL DOCUMENTATION INTEGRITY - DOCUMENTATION CLARIFICATION REQUEST
Query #: Q-25-3391     Sent: 12/10/2025 09:12     Format: multiple choice (written)
To: Gail Furtado, RN (infusion)   cc: Desmond Achebe-Lowry, MD (ordering)
From: Renee Castillo, RN, CCDS - Outpatient CDI / Charge Integrity
Patient: Abernathy-Grant, Lucille   MRN BMC-1027745   Encounter: Infusion 12/09/2025

Clinical indicators from the health record:
  - Infusion record 12/09/2025: "Dose administered: 5,410 mg"
  - Same record: "Volume infused: 102.8 mL (50 mg/mL)"; product supplied 4,000 + 1,000 + 500 mg vials
  - Same record: "Waste: 7.2 mL (360 mg) ... discarded"
  - Same record: calculated dose 5,142 mg (60 mg/kg x 85.7 kg)
  - Pharmacy dispensing record lists the 4,000 mg vial lot as 24H7780; infusion record lists 24H7708

Question 1: Based on your clinical documentation, please clarify the amount of alpha1-proteinase
inhibitor administered on 12/09/2025:
   [ ] 5,410 mg
   [ ] 5,140 mg
   [ ] Other (please specify): ________
   [ ] Unable to determine
Question 2: Please clarify the lot number of the 4,000 mg vial administered:
   [ ] 24H7708   [ ] 24H7780   [ ] Other: ______   [ ] Unable to determine

Please respond by documenting an addendum in the health record. This query is not intended to lead
or to suggest any particular response, and it does not imply that any particular answer is desired or
expected.

RESPONSE (recorded 12/10/2025 17:10 by G. Furtado, RN): Q1 - 5,140 mg. Q2 - 24H7780. Addendum entered
in the infusion record. Query closed 12/11/2025 08:02 - R. Castillo.
"""

D3 = """
BAYSIDE PULMONARY MEDICINE - FOLLOW-UP NOTE
Date: 11/18/2025    Patient: Lucille Abernathy-Grant    Age 72    MRN BMC-1027745
Provider: Desmond Achebe-Lowry, MD

Subjective: Here for 6-month review of alpha-1 antitrypsin deficiency with emphysema. On weekly
Prolastin-C Liquid since 2021. She reports good stamina - gardening, church choir, climbs her two
flights of stairs without stopping. One exacerbation in the last 12 months (March, outpatient), compared
with 3-4 per year before augmentation. Never smoker; late husband smoked in the house for 30 years.

Diagnosis details: SERPINA1 sequencing 2020 - compound heterozygous Z (c.1096G>A) and Mmalton
(c.226_228delTTC, p.Phe76del): genotype PI*Z/Mmalton. Serum AAT 7.2 uM (2020, pre-treatment).
CT 2020/2024: panlobular emphysema, lower lobes, mild progression.

Meds: Prolastin-C Liquid 60 mg/kg IV weekly; Breztri 2 puffs BID; albuterol prn; apixaban 5 mg BID (AF);
metoprolol 25 mg BID; furosemide 20 mg daily.

Exam: Wt 86.4 kg, BP 138/80, HR 72 irregular, SpO2 94%. Decreased breath sounds, no wheeze. Trace edema.
PFT 11/2025: FEV1 1.12 L (49% predicted), FEV1/FVC 0.47; 11/2024 FEV1 1.15 L (50% predicted).

Assessment:
1. AATD, PI*Z/Mmalton, with panlobular emphysema - good response to augmentation (fewer exacerbations,
   stable FEV1, functional status preserved). Continue weekly Prolastin-C Liquid, 60 mg/kg.
2. Paroxysmal AF on apixaban - cardiology following.
3. HFpEF, compensated.

Plan: continue current regimen; PFT 6 months; influenza/COVID done; RTC 6 months.
D. Achebe-Lowry, MD
"""

CHART = {
    "chart_id": "b11-015",
    "date_of_service": "2025-12-09",
    "payer": {"profile": "medicare", "name": "Medicare Part B"},
    "claim_lines": [
        {"hcpcs": "J0256", "units": 514, "modifiers": []},
        {"hcpcs": "J0256", "units": 36, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-12-09", "text": D1},
        {"id": "d2", "type": "other", "date": "2025-12-10", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-11-18", "text": D3},
    ],
}

ARITH = {"profile": "medicare", "dos_weight_kg": 85.7, "dose_mg": 5140, "waste_mg": 360,
         "expirations": ["2026-09-30", "2026-07-31", "2026-05-31"], "start": "14:10", "end": "14:27",
         "products": ["Prolastin-C Liquid"]}

GOLD = {
    "chart_id": "b11-015",
    "profile": "medicare",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "MMALTON"]},
        {"kind": "serum_aat", "value": 7.2, "unit": "uM"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "fev1", "value": 49},
        {"kind": "fev1", "value": 50},
        {"kind": "weight", "value": 85.7, "unit": "kg", "value_kg": 85.7},
        {"kind": "weight", "value": 86.4, "unit": "kg", "value_kg": 86.4},
        {"kind": "dose", "value": 5140},
        {"kind": "wastage", "value": 360},
        {"kind": "lot_number", "value": "24H7780"},
        {"kind": "lot_number", "value": "24F5512"},
        {"kind": "lot_number", "value": "24E1093"},
        {"kind": "expiration_date", "value": "2026-09-30"},
        {"kind": "expiration_date", "value": "2026-07-31"},
        {"kind": "expiration_date", "value": "2026-05-31"},
        {"kind": "infusion_start", "value": "14:10"},
        {"kind": "infusion_end", "value": "14:27"},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid"},
    ],
    "notes": (
        "Complete medicare chart once the addendum is applied. Original entry 'Dose administered: 5,410 mg' is "
        "marked ENTERED IN ERROR and corrected to 5,140 mg; lot '24H7708' corrected to 24H7780 -> only the "
        "corrected values are findings (the CDI query d2 quotes both candidates as options, which are not "
        "statements). DOS weight 85.7 kg (188.9 lb same); 60 x 85.7 = 5142; given 5140 (-0.04 %). Supplied "
        "4000 + 1000 + 500 = 5500; given 102.8 mL x 50 = 5140; waste 360 mg (7.2 mL). Administered line "
        "J0256 514 = ceil(514.0); JW 36 = floor(360/10) -> wastage met. Three lots with expirations "
        "2026-09-30, 2026-07-31, 2026-05-31, all after DOS. Start 14:10 / end 14:27. Genotype PI*Z/Mmalton by "
        "sequencing (compound heterozygous, no M allele) -> [Z, MMALTON]. Serum 7.2 uM. Never smoker (husband's "
        "smoking is not hers). Traps: calculated 5,142 mg, vial sizes, 50 mg/mL, apixaban 5 mg, metoprolol "
        "25 mg, furosemide 20 mg; assessment 13:48, IV 13:58, post 14:35, PIV out 14:40, discharge 14:46, "
        "signature 14:58, query 09:12, addendum 17:05, response 17:10; query number Q-25-3391; weight 86.4 kg "
        "(11/18, finding, not nearest DOS)."
    ),
}
