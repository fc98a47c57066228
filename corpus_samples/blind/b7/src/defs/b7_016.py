# b7-016: physician-office infusion record with a late addendum correcting the lot number,
# pulmonologist note, pulmonary rehab discharge summary with 6MWT table, 2015 lab.
# Medicare Advantage. Prolastin-C (lyophilized) billed on J2252 (1 mg units) with a JW line. Complete.

INF = """
ALLEGHENY PULMONARY SPECIALISTS - OFFICE INFUSION RECORD
Patient: Winifred Castellano-Moss    DOB 06/06/1953    Acct APS-52217
Date of service: 12/16/2025         Ordering: Dr. Lionel Farrukh
Payer: UnitedHealthcare AARP Medicare Advantage (HMO-POS)

Allergies: codeine (nausea)
Weight: 63.5 kg (140 lb), office scale, 08:40
Vitals pre (08:42): BP 122/70, HR 78, RR 18, T 97.6 F, SpO2 93% RA

ORDER: Prolastin-C (alpha1-proteinase inhibitor [human]) 60 mg/kg IV weekly
  63.5 kg x 60 mg/kg = 3,810 mg  ->  dose 3,800 mg
PRODUCT: Prolastin-C 1,000 mg single-dose vials x 4, reconstituted with 20 mL SWFI each
  (50 mg/mL); 76 mL drawn for 3,800 mg
  Lot: 27A4411    Exp: 03/31/2027

ADMINISTRATION
  PIV 22g R forearm placed 08:51
  Start: 09:02    Stop: 09:21    Rate ~4 mL/min (0.08 mL/kg/min max 5.1 mL/min)
  Amount administered: 3,800 mg
  Discarded: 200 mg (4 mL) remaining in vial #4 - single-dose vial, wasted in sharps/
  pharm waste with witness (T. Abernathy, MA)
  Vitals 09:10 BP 120/70 HR 76 SpO2 94% | 09:30 BP 124/72 HR 74 SpO2 94%
  Reaction: none. Tolerated well.
  Discharge 09:40.
RN: Gloria Vance, RN   12/16/2025 09:45

ADDENDUM 12/16/2025 16:40 - G. Vance, RN
Lot number above (27A4411) entered in error - transcribed from the box of the prior
shipment. Lot corrected to 27A4417 per vial labels retained in the clean room bin.
Expiration unchanged (03/31/2027).
"""

MD = """
Allegheny Pulmonary Specialists
Progress Note - 12/16/2025
Patient: Castellano-Moss, Winifred   72 y.o. F     Provider: Lionel Farrukh, MD

CC: AATD follow-up; weekly augmentation.

HPI: 72F with alpha-1 antitrypsin deficiency (PI ZZ phenotype, 2015; serum AAT 0.29
g/L) and panlobular emphysema, on Prolastin-C weekly since 2016. Completed Phase II
pulmonary rehab 11/25 (36 sessions) - 6MWD improved 318 -> 402 m. Her lung function has
been steady on augmentation: FEV1 1.02 L (48% pred) 11/2025 vs 1.05 L in 2023 and she
has not had an exacerbation since 2022. Former smoker (quit 1995, 20 pk-yr).

Meds: Breztri 2 puffs BID; albuterol PRN; Prolastin-C weekly; losartan 25 mg;
levothyroxine 112 mcg; alendronate 70 mg weekly; sertraline 25 mg.
O2: 2 L with exertion.

Exam: Wt 63.5 kg. SpO2 93% RA. Decreased BS bilaterally, no wheeze. No edema.

A/P:
1. AATD with emphysema - stable on augmentation; continue Prolastin-C 60 mg/kg weekly
   (infusion today, see nursing record). Maintenance exercise program at YMCA.
2. COPD / chronic hypoxemia with exertion - continue Breztri, ambulatory O2.
3. Osteoporosis - on alendronate; DEXA 2026.
RTC 3 months.
Lionel Farrukh, MD
"""

REHAB = """
UPMC-AFFILIATED PULMONARY REHABILITATION - DISCHARGE SUMMARY
Patient: Winifred Castellano-Moss   DOB 06/06/1953   Referring: L. Farrukh, MD
Program dates: 08/26/2025 - 11/25/2025   Sessions attended: 36/36
Diagnosis: Emphysema (J43.1) due to alpha-1 antitrypsin deficiency (E88.01)

OUTCOME MEASURES             ENTRY (08/26/25)     DISCHARGE (11/25/25)   CHANGE
6MWT distance                318 m                402 m                  +84 m
  O2 during walk             2 L                  2 L
  SpO2 nadir                 85%                  88%
  Borg dyspnea (peak)        6                    4
CAT score                    22                   15                     -7
PHQ-9                        9                    5
30-sec chair stand           8                    12
Weight                       143 lb               141 lb
Resting HR                   84                   76

EXERCISE AT DISCHARGE: treadmill 2.2 mph 0% x 20 min, recumbent bike level 4 x 15 min,
upper body ergometer 8 min, 3 lb hand weights 2x12, theraband. Home program: walk 30
min 5x/week; YMCA Silver Sneakers.

EDUCATION: breathing techniques, airway clearance (Aerobika), medication review, oxygen
safety, nutrition (protein goal 75 g/day), COPD action plan.

Goals met: walk around the grocery store without resting; climb 1 flight of stairs.
Summary: Excellent participation and meaningful gains in exercise tolerance and symptoms.
Discharged to maintenance.
Cheryl Dombrowski, RRT, CPFT    Medical Director: Lionel Farrukh, MD   11/25/2025
"""

LAB = """
ALLEGHENY GENERAL HOSPITAL LABORATORY   (scanned document, archived)
Patient: CASTELLANO-MOSS, WINIFRED    DOB 06/06/1953
Collected: 02/24/2015     Reported: 03/02/2015

ALPHA-1 ANTITRYPSIN                        0.29 g/L     (0.90 - 2.00)     LOW
ALPHA-1 ANTITRYPSIN PHENOTYPE (IEF)        PI ZZ
  Severe deficiency phenotype. Suggest testing of siblings and children.
C-REACTIVE PROTEIN                         0.3 mg/dL    (<0.5)
HEPATIC PANEL
  AST                                      24 U/L       (15-37)
  ALT                                      30 U/L       (12-78)
  ALKALINE PHOSPHATASE                     91 U/L       (45-117)
  BILIRUBIN, TOTAL                         0.5 mg/dL    (0.2-1.0)
IgA                                        205 mg/dL    (70-400)

Ordering physician: L. Farrukh, MD       Location: APS Wexford office
Method: AAT by immunonephelometry; phenotype by isoelectric focusing (send-out).
Page 1 of 1          Scanned into chart 03/09/2015 by HIM (batch 2015-0309-41)
"""

CHART = {
    "chart_id": "b7-016",
    "date_of_service": "2025-12-16",
    "payer": {"profile": "medicare", "name": "UnitedHealthcare AARP Medicare Advantage (HMO-POS)"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 3800, "modifiers": []},
        {"hcpcs": "J2252", "units": 200, "modifiers": ["JW"]},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-12-16", "text": INF},
        {"id": "d2", "type": "progress_note", "date": "2025-12-16", "text": MD},
        {"id": "d3", "type": "other", "date": "2025-11-25", "text": REHAB},
        {"id": "d4", "type": "lab_report", "date": "2015-03-02", "text": LAB},
    ],
}

GOLD = {
    "chart_id": "b7-016",
    "profile": "medicare",
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
        "prior_authorization": "not_applicable",
        "code_selection": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "serum_aat", "value": 0.29, "unit": "g/L"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "fev1", "value": 48},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "weight", "value": 63.5, "unit": "kg", "value_kg": 63.5},
        {"kind": "weight", "value": 143, "unit": "lb", "value_kg": 64.9},
        {"kind": "weight", "value": 141, "unit": "lb", "value_kg": 64.0},
        {"kind": "drug_product", "value": "Prolastin-C"},
        {"kind": "dose", "value": 3800},
        {"kind": "wastage", "value": 200},
        {"kind": "lot_number", "value": "27A4417"},
        {"kind": "expiration_date", "value": "2027-03-31"},
        {"kind": "infusion_start", "value": "09:02"},
        {"kind": "infusion_end", "value": "09:21"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Addendum supersedes: lot 27A4411 'entered in error', corrected to 27A4417 -> only 27A4417 is a finding. "
        "Weight 63.5 kg (140 lb) on DOS is one weight; rehab weights 143 lb (64.86 -> 64.9 kg) and 141 lb "
        "(63.96 -> 64.0 kg) are earlier. 60 x 63.5 = 3810, tolerance 381 -> 3429..4191; dose 3800 -> met. "
        "J2252 (1 mg/unit): administered ceil(3800/1) = 3800 = billed; waste 200 mg -> JW floor(200/1) = 200 = billed -> "
        "met. code_selection met (J2252 covers any A1PI product per the code table). Medicare Advantage -> medicare "
        "profile, PA not_applicable. Serum 0.29 g/L < 0.57. Response in MD note (FEV1 steady, no exacerbation since 2022); "
        "the rehab 6MWD gain is a rehab outcome. 'COPD / chronic hypoxemia' -> copd. "
        "Traps: calc 3,810 mg; 4 x 1,000 mg vials; 50 mg/mL; 76 mL; 4 mL waste; rates; weight time 08:40, vitals "
        "08:42/09:10/09:30, PIV 08:51, discharge 09:40, RN sign 09:45, addendum 16:40; 6MWT 318/402 m; CAT 22/15; "
        "treadmill 2.2 mph; protein 75 g/day; losartan 25 mg, levothyroxine 112 mcg, alendronate 70 mg, sertraline 25 mg."
    ),
}
