# b17-010: medicare, complete (per the guide's code table, J2252 at 1 mg per unit covers any A1PI product).
# Reference-lab report in pipe tables (flags LL, units in their own column, genotyping panel per allele) +
# full PFT lab report with comparison to two earlier studies + pulmonology progress note with an RN infusion
# section (Prolastin-C lyophilized, JW line).

D1 = """ARCADIA CLINICAL REFERENCE LABORATORY                    Report ID: ACR-19-0603-55871
Patient: DUBROVNIK, STJEPAN        DOB: 1957-10-02    Sex: M      Patient ID: 40071182
Ordering: Wen-Li Farragut, MD (Cottonwood Chest Clinic)          Collected: 2019-06-03 07:52
Received: 2019-06-04 09:10         Final: 2019-06-11 16:31       Specimen: serum, EDTA whole blood

| TEST                              | RESULT       | FLAG | UNITS   | REFERENCE INTERVAL |
|-----------------------------------|--------------|------|---------|--------------------|
| Alpha-1-Antitrypsin               | 19           | LL   | mg/dL   | 90-200             |
| C-Reactive Protein, high sens.    | 1.4          |      | mg/L    | 0.0-3.0            |
| Immunoglobulin A                  | 256          |      | mg/dL   | 70-400             |
| Alpha-1-Antitrypsin Phenotype     | ZZ           | *    |         | MM                 |

Critical/low value notification: AAT 19 mg/dL called to and read back by J. Ferris RN 2019-06-05 10:14.

SERPINA1 ALLELE GENOTYPING (real-time PCR)
| Allele tested | Nucleotide change        | Result                           |
|---------------|--------------------------|----------------------------------|
| PI*S          | c.863A>T (rs17580)       | Not detected                     |
| PI*Z          | c.1096G>A (rs28929474)   | Detected - homozygous (2 copies) |
| PI*I          | c.187C>T (rs28931570)    | Not detected                     |
| PI*F          | c.739C>T (rs28929470)    | Not detected                     |
| PI*Mmalton    | c.226_228delTTC          | Not detected                     |
| PI*Mprocida   | c.194T>C                 | Not detected                     |

Genotype result: PI*ZZ

Interpretation: Homozygous for the Z allele. The PI*ZZ genotype is associated with severe alpha-1
antitrypsin deficiency; serum concentrations typically lie between 20 and 45 mg/dL and carry a high risk
of emphysema, particularly with tobacco exposure, and of liver disease. The Z allele produces a misfolded
protein that polymerizes in hepatocytes. First-degree relatives should be offered testing. Isoelectric
focusing phenotype (ZZ) is concordant with the genotype.

Performed at Arcadia Clinical Reference Laboratory, CLIA 05D1123809. Medical Director: P. Anand, MD.
"""

D2 = """COTTONWOOD CHEST CLINIC - PULMONARY FUNCTION LABORATORY
Complete PFT Report
Name: DUBROVNIK, STJEPAN   ID: 40071182   DOB: 10/02/1957   Age: 68   Sex: M   Race: not used (GLI global)
Height: 178 cm   Weight: 80.7 kg   BMI: 25.5   Test date: 02/24/2026 08:40   Technician: R. Boateng, RRT
Referring: W. Farragut, MD   Reason: AATD on augmentation, annual testing   Smoking: former, quit 2001, 28 pk-yr
Predicted: GLI-2012 spirometry, GLI-2017 DLCO, GLI-2021 lung volumes

SPIROMETRY            Pre-BD   LLN    %Pred   z-score   Post-BD   %Pred   %Chg
FVC (L)                3.62    3.35     83     -1.20     3.71       85      2
FEV1 (L)               1.21    2.39     38     -3.95     1.27       40      5
FEV1/FVC (%)            33      64      --     -4.10      34        --     --
FEF25-75 (L/s)         0.41    1.31     16     -3.60     0.44       17      7
PEF (L/s)              4.80     --      59      --       5.02       62      5
Bronchodilator: albuterol 400 mcg via spacer at 08:58, post test 09:14. Not a significant response
(FEV1 +60 mL, +5 %).

LUNG VOLUMES (body box)   Actual   %Pred   z-score
TLC (L)                    8.01     118     +1.65
RV (L)                     4.33     176     +3.10
RV/TLC (%)                  54      --      +3.40
FRC pleth (L)              5.88     155     +2.90

DIFFUSION                 Actual   %Pred   z-score
DLCO (mL/min/mmHg)        11.9      46     -4.05   (Hb 15.1 g/dL, corrected)
VA (L)                     6.10      91
KCO                        1.95      54

COMPARISON WITH PREVIOUS STUDIES (pre-BD unless stated)
Date          FVC (L)   FEV1 (L)   FEV1 %pred   FEV1/FVC   DLCO %pred
02/25/2025     3.66      1.25        39           34          48
02/20/2024     3.70      1.30        40           35          49
02/24/2026     3.62      1.21        38           33          46
Change in FEV1 since 02/2024: -90 mL (-45 mL/yr).

Technician comments: Good effort, 3 acceptable and repeatable maneuvers (ATS/ERS 2019 grade A). Flow-volume
loops show marked expiratory scooping. Patient had infusion scheduled after testing.

INTERPRETATION (W. Farragut, MD, 02/24/2026 10:02): Severe obstructive ventilatory defect without significant
bronchodilator response. Hyperinflation and air trapping. Severe reduction in DLCO, consistent with emphysema.
Compared with 02/2025, FEV1 has fallen 40 mL, within the expected range for AATD on augmentation and less than
the 70-80 mL/yr measured before 2019.
"""

D3 = """COTTONWOOD CHEST CLINIC                                    PROGRESS NOTE - PULMONARY
Patient: Stjepan Dubrovnik   DOB 10/02/1957   ID 40071182   Date of service: 02/24/2026
Provider: Wen-Li Farragut, MD        Infusion RN: Kwabena Osei, RN

SUBJECTIVE
68-year-old retired welder with severe AATD (PI*ZZ by genotyping 06/2019, AAT 19 mg/dL) and emphysema on
Prolastin-C weekly since 08/2019. Annual PFT done this morning. He reports stable exertional dyspnea: mows his
own lawn with breaks, climbs one flight without stopping. No exacerbations in the last 12 months (two in the
12 months before augmentation began). No infusion reactions. Former smoker, quit 2001.

Wife Marija asks whether their grandson should be tested; son Luka is PI*MZ (AAT 84 mg/dL in 2020).

OBJECTIVE
Vitals 08:31: BP 136/80, HR 76, RR 16, SpO2 93% RA, Wt 80.7 kg (177 lb 14.6 oz), Temp 36.8 C.
Lungs: decreased breath sounds throughout, hyperresonant, prolonged expiration. No clubbing. No edema.
PFT today (full report in chart): FEV1 1.21 L (38 % predicted) pre, 1.27 L (40 %) post; 02/2025 FEV1 39 %.
Trough AAT 08/2025 (on therapy): 0.74 g/L.

ASSESSMENT
1. Alpha-1 antitrypsin deficiency, PI*ZZ (E88.01) with emphysema (J43.9) and COPD, severe obstruction.
   Response to augmentation: FEV1 decline has slowed to roughly 40-45 mL/yr from 70-80 mL/yr before therapy,
   no exacerbations this year, and he tolerates infusions well. Continue Prolastin-C 60 mg/kg weekly.
2. Family: grandson (Luka's son) can be tested; offered genetic counseling referral for the family.

PLAN
- Continue Prolastin-C 60 mg/kg IV weekly. Today's dosing weight 80.7 kg.
- Continue Breztri 2 puffs BID, albuterol PRN.
- If FEV1 drops below 30 % predicted, refer for lung transplant evaluation (not indicated now).
- Repeat CT chest 2027.

INFUSION (RN documentation, K. Osei, RN)
09:40  Order verified: Prolastin-C (lyophilized) 60 mg/kg x 80.7 kg = 4,842 mg -> 4,840 mg per protocol.
10:55  PIV 22 g R forearm, blood return. Five 1,000 mg vials reconstituted with 20 mL sterile water each
       (lot 26H1190 x4, exp 04/30/2027; lot 26H1043 x1, exp 12/31/2026).
11:18  Infusion started, Prolastin-C 4,840 mg (96.8 mL) at 6.4 mL/min.
11:36  Infusion completed. 160 mg (3.2 mL) remaining in the fifth single-dose vial discarded; witnessed by
       T. Reyes, RN.
11:38  NS 10 mL flush. 12:05 PIV out, discharged ambulatory, no reaction.
Charges: J2252 x 4840 units (1 mg/unit) + J2252-JW x 160 units; 96365 x 1.

Electronically signed: Wen-Li Farragut, MD 02/24/2026 13:40; Kwabena Osei, RN 02/24/2026 12:20
"""

CHART = {
    "chart_id": "b17-010",
    "date_of_service": "2026-02-24",
    "payer": {"profile": "medicare", "name": "Medicare Part B (Noridian JF)"},
    "claim_lines": [
        {"hcpcs": "J2252", "units": 4840, "modifiers": []},
        {"hcpcs": "J2252", "units": 160, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
        {"hcpcs": "94729", "units": 1, "modifiers": []},
        {"hcpcs": "94060", "units": 1, "modifiers": []},
        {"hcpcs": "94726", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2019-06-11", "text": D1},
        {"id": "d2", "type": "other", "date": "2026-02-24", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2026-02-24", "text": D3},
    ],
}

GOLD = {
    "chart_id": "b17-010",
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
        {"kind": "serum_aat", "value": 19, "unit": "mg/dL"},
        {"kind": "serum_aat", "value": 0.74, "unit": "g/L"},
        {"kind": "weight", "value": 80.7, "unit": "kg", "value_kg": 80.7},
        {"kind": "dose", "value": 4840},
        {"kind": "wastage", "value": 160},
        {"kind": "lot_number", "value": "26H1190"},
        {"kind": "lot_number", "value": "26H1043"},
        {"kind": "expiration_date", "value": "2027-04-30"},
        {"kind": "expiration_date", "value": "2026-12-31"},
        {"kind": "infusion_start", "value": "11:18"},
        {"kind": "infusion_end", "value": "11:36"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "copd"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 38},
        {"kind": "fev1", "value": 39},
        {"kind": "fev1", "value": 40},
        {"kind": "response_to_therapy"},
        {"kind": "smoking_status", "value": "former"},
        {"kind": "drug_product", "value": "Prolastin-C"},
    ],
    "notes": (
        "Complete. J2252 billed at 1 mg per unit: 4,840 administered units and 160 JW units (floor(160/1)); per the "
        "guide's code table J2252 covers any A1PI product (facts.md says the CMS descriptor is midazolam - see README). "
        "Traps: lab pipe table phenotype ZZ with reference 'MM' in the next column; "
        "'Detected - homozygous (2 copies)' -> ZZ; general interpretive text (20-45 mg/dL, Z polymerizes); critical "
        "call-back 10:14; PFT times 08:40/08:58/09:14; 'obstructive ventilatory defect' -> airflow_obstruction; FEV1 "
        "% pred 38 (pre), 40 (post, and 02/2024), 39 (02/2025); PEF 59 %, FVC 83 %, DLCO 46 %; calculated 4,842 mg; "
        "order verify 09:40, PIV 10:55, flush 11:38, PIV out 12:05; son PI*MZ 84 mg/dL (family); hypothetical "
        "transplant referral. On-therapy trough 0.74 g/L (above 0.57) is still the patient's level."
    ),
}

ARITH = {
    "dos": "2026-02-24",
    "product": "Prolastin-C",
    "weight_kg": 80.7,
    "weight_source": "clinic vitals 08:31 and PFT report 02/24/2026",
    "dose_mg": 4840,
    "target_mg": 4842.0,
    "pct_from_target": -0.04,
    "code": "J2252",
    "billing_unit_mg": 1,
    "admin_units_expected": 4840,
    "admin_units_billed": 4840,
    "waste_mg": 160,
    "jw_units_expected": 160,
    "jw_units_billed": 160,
    "modifier_expectation": "JW line for 160 mg (fifth 1,000 mg single-dose vial)",
    "lots": [{"lot": "26H1190", "exp": "2027-04-30"}, {"lot": "26H1043", "exp": "2026-12-31"}],
    "infusion": ["11:18", "11:36"],
    "serum_method_rid": False,
}
