D1 = """
CLINICAL RESEARCH UNIT - SCREENING VISIT NOTE
Protocol: KRX-A1-204 "ELUCIDATE-A1" - Phase 2, randomized, double-blind, placebo-controlled study of
inhaled recombinant alpha-1 antitrypsin in adults with PI*ZZ AATD          Site 031
Subject screening #: 031-0117          Visit: SV1 (Day -28)          Date: 03-Sep-2025
Subject: VUKOVICH, Theresa M. (57 F)   Research coordinator: H. Baptiste, CCRC   Sub-I: D. Ferraro, MD

Informed consent: ICF v4.0 dated 12-Jun-2025 signed 03-Sep-2025 08:40 prior to any study procedure;
copy given. HIPAA authorization signed.

Screening procedures performed
  Vitals 09:05: BP 118/70, HR 88, RR 18, T 36.5 C, SpO2 94% RA, weight 51.2 kg, height 163 cm
  ECG 09:15: sinus rhythm 86, QTcF 421 ms, no acute changes
  Spirometry (study-certified, post-bronchodilator): FEV1 0.89 L = 38% predicted; FVC 2.40 L; FEV1/FVC 0.37
  Central lab (Q2 Solutions) drawn 09:30, pre-infusion trough (last IV augmentation 28-Aug):
     SERPINA1 genotype: PI*ZZ (c.1096G>A homozygous)  -- eligible
     Serum AAT: 4.9 uM
     Urine cotinine: 1,250 ng/mL (POSITIVE)
     CBC, CMP: unremarkable except albumin 3.2 g/dL
  Urine pregnancy: N/A (post-menopausal 2016)

Eligibility review
  Inclusion
   I-1  Age 18-75 ......................................... met
   I-2  PI*ZZ confirmed by central genotyping ............... met
   I-3  FEV1 30-70% predicted post-BD ...................... met (38%)
   I-4  Willing to stop IV augmentation for 4-week washout   subject hesitant
  Exclusion
   E-4  Current smoking (any tobacco/nicotine) or urine cotinine > 100 ng/mL ... PRESENT
        Subject confirms she has been smoking about 5 cigarettes/day since June 2025 (stress,
        husband's illness).
   E-7  Exacerbation within 6 weeks .......................... not present
   E-9  Liver stiffness > 12 kPa ............................. not assessed (screen stopped)

Outcome: SCREEN FAILURE - exclusion E-4 (active smoking). Randomization not performed. IP not
dispensed. Had she qualified, the inhaled study drug would have been 80 mg twice daily or placebo with
IV augmentation held for the 24-week treatment period.
Subject may re-screen once after 6 months of documented abstinence with negative cotinine.
Smoking cessation resources given; PCP and treating pulmonologist (Dr. Ferraro) informed.

H. Baptiste, CCRC 03-Sep-2025 11:20   |   Reviewed: D. Ferraro, MD 03-Sep-2025 16:05
"""

D2 = """
PULMONARY CLINIC NOTE - Ferraro, Domenic MD                        Date: 09/16/2025
Patient: Theresa M. Vukovich    57 F    MRN 55-20871    Insurance: Aetna Choice POS II

Subjective
Follow-up AATD and emphysema; screen-failed from the ELUCIDATE-A1 study 09/03 for smoking.
Current smoker: about 5 cigarettes/day since June 2025 (relapse during husband's chemotherapy).
Motivated to stop; wants to try varenicline again. Also reports poor appetite and about 7 kg
unintentional weight loss since March. No night sweats, no hemoptysis.
Breathing: stable mMRC 2. No exacerbations in 2025. Weekly Glassia infusions at our unit, no reactions.

Background
- Alpha-1 antitrypsin deficiency, PI*ZZ (diagnosed 2019; AAT 22 mg/dL pre-treatment, nephelometry).
- Emphysema, panacinar, lower lobe (CT 2019, 2023). COPD GOLD 3.
- Osteoporosis on alendronate. Depression on escitalopram 10 mg.

Meds: Trelegy Ellipta 1 inh daily; albuterol prn; alendronate 70 mg weekly; escitalopram 10 mg daily;
Glassia 60 mg/kg IV weekly (order written 03/2025 at 58.5 kg = 3,500 mg).

Objective: BP 116/72, HR 90, SpO2 93%, Wt 51.0 kg (was 58.5 kg in March). Thin, no distress.
Diminished breath sounds, no wheeze. No clubbing.
Spirometry today: FEV1 0.92 L (40% predicted), FEV1/FVC 0.38.

Assessment/Plan
1. AATD PI*ZZ with emphysema - lung function stable on augmentation (FEV1 flat since 2022, no
   exacerbations this year). Continue Glassia weekly. Aetna precert # 1029384756 active through 02/2026.
2. Tobacco use disorder, current - varenicline 0.5 mg daily x3 d, then BID x4 d, then 1 mg BID;
   quit date set 09/30/2025. 8 min counseling. Reminded that her plan may stop coverage of augmentation
   for active smokers.
3. Unintentional weight loss - CT chest/abdomen/pelvis, TSH, CMP, referral GI. Dietitian.
4. Re-screen for trial possible after 6 months abstinence.

D. Ferraro, MD  09/16/2025 14:52
"""

D3 = """
MEDICATION ADMINISTRATION - INFUSION UNIT 3B
Patient: VUKOVICH, THERESA M   MRN 55-20871   DOB 04/22/1968   Date: 9/18/2025

Pre-assessment (13:40): T 36.4  HR 92  BP 112/70  RR 18  SpO2 93%
Weight: 50.8 kg / 112 lb (unit scale, shoes off)
No fever or infection symptoms. Smoked 1 cigarette this morning per pt.
PIV 24g L wrist 13:52.

Order on file (dated 03/11/2025): Glassia 60 mg/kg IV weekly, dosing weight 58.5 kg -> 3,500 mg
Product: Glassia (alpha1-proteinase inhibitor [human]) 1 g/50 mL ready-to-use, single-dose
  Lot LE12T088AC  Exp 08/31/2026  (4 vials, same lot)
Prepared: 3 full vials + 25 mL from 4th vial = 175 mL = 3,500 mg

Glassia 3,500 mg IV administered
  Start 14:05
  End   14:41
  Rate 5 mL/min via pump, 5 micron in-line filter
Discarded: 25 mL (500 mg) remaining in 4th vial, single-dose vial - wasted, witnessed R. Tam RN

Post VS 14:50: HR 88 BP 114/70 SpO2 94%. No reaction.
PIV removed 14:55. Discharged 15:00.
Note to MD: today's weight 50.8 kg vs dosing weight 58.5 kg (> 10% change) - flagged in basket for
dose review; infused per active order.

Billing: J0257 x 350
RN: Gwen Albright  9/18/2025 15:10
"""

CHART = {
    "chart_id": "b11-005",
    "date_of_service": "2025-09-18",
    "payer": {"profile": "commercial", "name": "Aetna Choice POS II"},
    "prior_authorization": "1029384756",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 350, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-09-03", "text": D1},
        {"id": "d2", "type": "progress_note", "date": "2025-09-16", "text": D2},
        {"id": "d3", "type": "infusion_record", "date": "2025-09-18", "text": D3},
    ],
}

ARITH = {"profile": "commercial", "dos_weight_kg": 50.8, "dose_mg": 3500, "waste_mg": 500,
         "expirations": ["2026-08-31"], "start": "14:05", "end": "14:41", "products": ["Glassia"]}

GOLD = {
    "chart_id": "b11-005",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "conflict", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "conflict", "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 4.9, "unit": "uM"},
        {"kind": "serum_aat", "value": 22, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 38},
        {"kind": "fev1", "value": 40},
        {"kind": "weight", "value": 51.2, "unit": "kg", "value_kg": 51.2},
        {"kind": "weight", "value": 51.0, "unit": "kg", "value_kg": 51.0},
        {"kind": "weight", "value": 58.5, "unit": "kg", "value_kg": 58.5},
        {"kind": "weight", "value": 50.8, "unit": "kg", "value_kg": 50.8},
        {"kind": "dose", "value": 3500},
        {"kind": "wastage", "value": 500},
        {"kind": "lot_number", "value": "LE12T088AC"},
        {"kind": "expiration_date", "value": "2026-08-31"},
        {"kind": "infusion_start", "value": "14:05"},
        {"kind": "infusion_end", "value": "14:41"},
        {"kind": "response_to_therapy"},
        {"kind": "prior_authorization", "value": "1029384756"},
        {"kind": "smoking_status", "value": "current"},
        {"kind": "drug_product", "value": "Glassia"},
    ],
    "notes": (
        "Gap chart (commercial), 2 gaps. (1) smoking_status conflict: current smoker (trial screen-fail for "
        "active smoking, cotinine positive, pulm note 'Current smoker', 'smoked 1 cigarette this morning'). "
        "(2) dose_matches_weight conflict: DOS weight 50.8 kg (112 lb same weight); 60 x 50.8 = 3048 mg; "
        "given 3500 mg (order still at the 58.5 kg March dosing weight) = +14.8 %, outside 10 % (limit 3352.8). "
        "Units: J0257 Glassia, ceil(3500/10) = 350 billed -> met; code J0257 = Glassia -> met. Waste 500 mg "
        "(25 mL) documented; commercial, no JW line and no JZ -> wastage met. Lot LE12T088AC exp "
        "2026-08-31 > DOS. Start 14:05, end 14:41. FEV1 38 % and 40 % within 25-80. Serum 4.9 uM (on-therapy "
        "trough, still below 11) and 22 mg/dL pre-treatment. Genotype c.1096G>A homozygous = PI*ZZ. Response "
        "in d2 (stable FEV1 since 2022, no exacerbations). Traps: trial inclusion 'FEV1 30-70%', exclusion "
        "'cotinine > 100 ng/mL' (criteria text), cotinine 1,250 ng/mL, hypothetical study drug 80 mg BID and "
        "washout; weights 51.2 (trial), 51.0 (clinic), 58.5 (March dosing weight) are weight findings but "
        "not nearest DOS; '~7 kg' loss; 1 g/50 mL vial, 4 vials; varenicline 0.5/1 mg, alendronate 70 mg, "
        "escitalopram 10 mg; ECG QTcF 421 ms; consent 08:40, vitals 09:05, ECG 09:15, labs 09:30, "
        "pre-assessment 13:40, PIV 13:52, post VS 14:50, PIV out 14:55, discharge 15:00; albumin 3.2 g/dL."
    ),
}
