# b14-011  medicaid  Prolastin-C Liquid J0256 JZ (home infusion)  COMPLETE
# Styles: (6) specialty-pharmacy nursing agency monthly visit log (one visit held), (2) registry annual
#         questionnaire with coded answers; plus a pulmonary progress note.

AGENCY = """ALLEGIANT SPECIALTY PHARMACY & INFUSION - NURSING DIVISION
MONTHLY NURSING VISIT SUMMARY                 Month: DECEMBER 2025
Patient: Brandt, Kayla M.    DOB 04/19/1986    Pt ID ASP-771204    Branch: Lakeview
Therapy: Prolastin-C Liquid (alpha1-proteinase inhibitor) IV weekly, 60 mg/kg, round to the
nearest 500 mg (vials 500 mg/10 mL, 1,000 mg/20 mL; pharmacy dispenses per weekly weight)
Physician: Thomas Guerrero, MD          Payer: State Medicaid - MCO (Meridian Health Plan)
Auth # 7712-0934-25 (drug + S9346 + nursing), valid 07/01/2025 - 06/30/2026

VISIT LOG
Date        RN            In     Out    Wt (kg)  Dose given  Lots (exp)                          Start  Stop   Waste
----------  ------------  -----  -----  -------  ----------  ----------------------------------  -----  -----  -----
12/09/2025  H. Lindgren   10:05  11:40  57.6     3,500 mg    26P0811 x3 (01/2027), 26P0655 x1    10:32  10:55  0
                                                              (10/2026)
12/16/2025  H. Lindgren   10:10  11:35  57.9     3,500 mg    26P0811 x3 (01/2027), 26P0655 x1    10:36  10:58  0
                                                              (10/2026)
12/23/2025  P. Abiodun    09:55  10:30  57.2     HELD        -                                   -      -      -
12/30/2025  H. Lindgren   10:12  11:48  58.0     3,500 mg    26P1204 x3 (02/2027), 26P0977 x1    10:40  11:02  0
                                                              (11/2026)

VISIT NOTES
12/09 - Routine. PIV R hand 24G x1. Tolerated. Pt back at work (dental hygienist).
12/16 - Routine. Mild fatigue after infusion, resolved. Reviewed holiday delivery schedule.
12/23 - Temp 38.4 C, sore throat, cough with green sputum x2 days. DOSE HELD per standing
        order (no infusion with fever > 38.0 C). Dr. Guerrero's office called 10:20 (RN Keisha):
        pt to urgent care today. Drug returned to pharmacy refrigerated (not opened). Nursing
        visit only; no drug billed for 12/23.
        Urgent care 12/23: strep negative, viral URI; no antibiotics.
12/30 - DATE OF SERVICE (drug + nursing billed this date)
        S: URI resolved, afebrile x5 days, appetite normal. Coughing less; no wheeze.
        O: T 36.7 C  BP 112/70  HR 74  RR 16  SpO2 97% RA.  Weight 58.0 kg (agency scale).
           Lungs clear. PIV L forearm 24G x1 at 10:28, blood return, flushed 10 mL NS.
        Medication: Prolastin-C Liquid 1,000 mg/20 mL x 3 (lot 26P1204, exp 02/2027) +
           500 mg/10 mL x 1 (lot 26P0977, exp 11/2026) = 3,500 mg (70 mL) given.
           Dose per current weight 58.0 kg x 60 mg/kg = 3,480 mg -> rounded to 3,500 mg (+0.6%).
           Infusion start 10:40, stop 11:02 by gravity/rate controller; vials empty; waste 0 mg.
        A: Tolerated well, no reaction. Missed dose 12/23 explained to pt; no catch-up dose
           per Dr. Guerrero (resume weekly schedule).
        P: Next visit 01/06/2026 10:00. Refill request to pharmacy sent 12/30 12:05.
        RN signature: Hanna Lindgren, RN  12/30/2025 13:30

Month totals: visits 4 (3 infusions, 1 held). Drug doses billed: 12/09, 12/16, 12/30.
Prepared by: branch clinical manager R. Soto, RN   01/02/2026
"""

REG = """ALPHA-1 NATURAL HISTORY STUDY (A1-NHS)  -  ANNUAL QUESTIONNAIRE, FORM Q2 (v2024-1)
Participant ID: 0471-LKV     Visit number: 5     Visit date (yyyy-mm-dd): 2025-11-04
Mode: in clinic with coordinator       Coordinator: S. Haddix       Data entered: 2025-11-05

Instructions to coordinator: circle the answer code; use 8 = not applicable, 9 = unknown/refused.

Q1  Height (cm) ........................................ 165
Q2  Weight (kg) ........................................ 57.0
Q3  PI type as reported on lab report
      1=ZZ  2=SZ  3=MZ  4=Z/null  5=null/null  6=other ......................... 1
Q3a Source document seen by coordinator?  1=Yes 2=No ......................... 1
Q4  Most recent AAT level, value / unit (1=mg/dL 2=umol/L 3=g/L) ........ 4.6 / 2
Q4a Was this level drawn before augmentation started? 1=Yes 2=No ......... 1
Q5  Have you smoked at least 100 cigarettes in your life? 1=Yes 2=No ....... 2
Q6  Do you currently vape or use e-cigarettes? 1=Yes 2=No ................... 2
Q7  Has a doctor told you that you have emphysema? 1=Yes 2=No 9=Unk ........ 1
Q8  ... chronic bronchitis? 1=Yes 2=No 9=Unk ................................ 2
Q9  ... asthma? 1=Yes 2=No 9=Unk ............................................ 1
Q10 ... liver disease / cirrhosis? 1=Yes 2=No 9=Unk .......................... 2
Q11 Most recent FEV1 % predicted (from PFT report) ........................... 67
Q12 Date of that PFT ........................................ 2025-10-21
Q13 CT chest shows emphysema? 1=Yes 2=No 8=No CT ............................. 1
Q14 CT chest shows bronchiectasis? 1=Yes 2=No 8=No CT ........................ 1
Q15 Currently receiving augmentation therapy? 1=Yes 2=No ..................... 1
Q15a Product: 1=Prolastin-C 2=Prolastin-C Liquid 3=Aralast NP 4=Zemaira 5=Glassia ..... 2
Q15b Setting: 1=home nurse 2=infusion center 3=self-infusion ................. 1
Q16 Number of chest infusions needing antibiotics or steroids, past 12 months  1
Q17 Hospital nights for breathing, past 12 months ............................ 0
Q18 Has any blood relative been tested for AATD? 1=Yes 2=No 9=Unk ........... 1
Q18a Relative/result (free text): father MZ; sister ZZ (on therapy in another state)
Q19 CAT score ................................................................ 11
Q20 Would you consider joining an interventional trial? 1=Yes 2=No 9=Unsure 9

Coordinator notes: Q14 - "mild cylindrical bronchiectasis RLL" per 2024 CT report.
Participant reports she is "doing better since home infusions".
"""

PN = """LAKEVIEW PULMONARY ASSOCIATES - OFFICE VISIT
11/04/2025       Thomas Guerrero, MD
Kayla M. Brandt   39 y F   MRN LV-318822

Reason: 6-month follow-up, alpha-1 antitrypsin deficiency.

HPI: 39-year-old never-smoker with AATD, PI*ZZ (phenotype and genotype concordant, 2021),
pre-treatment AAT 4.6 umol/L, diagnosed after recurrent "bronchitis" and asthma label since
her 20s. CT 2024 shows early lower-lobe emphysema and mild bronchiectasis in the right lower
lobe. Home Prolastin-C Liquid weekly since 07/2022 (Allegiant nursing). She reports fewer
chest infections (one course of antibiotics this year compared with four in 2021) and
better stamina at work. Tolerating infusions, occasional fatigue afterwards.
Family: sister ZZ on augmentation; father MZ.

Meds: Prolastin-C Liquid 60 mg/kg IV weekly; budesonide/formoterol 160/4.5 2 puffs BID;
albuterol PRN; levonorgestrel IUD.

Exam: BP 110/68 HR 72 SpO2 98% RA Wt 57.0 kg. Lungs: few fine crackles RLL, no wheeze.

PFT 10/21/2025: FEV1 2.21 L (67% predicted), FEV1/FVC 0.62, DLCO 71%. 2023: FEV1 2.27 L (68%).

Assessment/Plan:
1. AATD PI*ZZ with early emphysema and bronchiectasis: good response to augmentation with
   fewer infections and preserved FEV1 (decline about 30 mL/yr). Continue weekly home
   Prolastin-C Liquid 60 mg/kg; dose per weekly agency weight.
2. Bronchiectasis: airway clearance with oscillating PEP device twice daily; sputum culture
   if exacerbation.
3. Registry (A1-NHS) visit 5 done today.
4. Medicaid authorization 7712-0934-25 valid through 06/30/2026.
Return 6 months.
Thomas Guerrero, MD   11/04/2025
"""

CHART = {
    "chart_id": "b14-011",
    "date_of_service": "2025-12-30",
    "payer": {"profile": "medicaid", "name": "Meridian Health Plan (Medicaid MCO)"},
    "prior_authorization": "7712-0934-25",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 350, "modifiers": ["JZ"]},
        {"hcpcs": "S9346", "units": 7, "modifiers": []},
        {"hcpcs": "99601", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-12-30", "text": AGENCY},
        {"id": "d2", "type": "other", "date": "2025-11-04", "text": REG},
        {"id": "d3", "type": "progress_note", "date": "2025-11-04", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-011",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "met", "serum_aat_level": "met",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "never-smoker with AATD, PI*ZZ"},
        {"kind": "genotype", "alleles": ["Z", "Z"], "_ev": "AATD, PI*ZZ (phenotype and genotype concordant"},
        {"kind": "serum_aat", "value": 4.6, "unit": "uM", "_ev": "pre-treatment AAT 4.6 umol/L"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "early lower-lobe emphysema"},
        {"kind": "lung_disease", "value": "bronchiectasis", "_ev": "mild bronchiectasis in the right lower"},
        {"kind": "fev1", "value": 67, "_ev": "FEV1 2.21 L (67% predicted)"},
        {"kind": "fev1", "value": 68, "_ev": "FEV1 2.27 L (68%)"},
        {"kind": "smoking_status", "value": "never", "_ev": "39-year-old never-smoker"},
        {"kind": "weight", "value": 58.0, "unit": "kg", "value_kg": 58.0, "_ev": "Weight 58.0 kg (agency scale)"},
        {"kind": "weight", "value": 57.6, "unit": "kg", "value_kg": 57.6, "_ev": "10:05  11:40  57.6"},
        {"kind": "weight", "value": 57.9, "unit": "kg", "value_kg": 57.9, "_ev": "10:10  11:35  57.9"},
        {"kind": "weight", "value": 57.2, "unit": "kg", "value_kg": 57.2, "_ev": "09:55  10:30  57.2"},
        {"kind": "weight", "value": 57.0, "unit": "kg", "value_kg": 57.0, "_ev": "Wt 57.0 kg"},
        {"kind": "drug_product", "value": "Prolastin-C Liquid", "_ev": "Medication: Prolastin-C Liquid 1,000 mg/20 mL x 3"},
        {"kind": "dose", "value": 3500, "_ev": "= 3,500 mg (70 mL) given"},
        {"kind": "wastage", "value": 0, "_ev": "vials empty; waste 0 mg"},
        {"kind": "lot_number", "value": "26P1204", "_ev": "(lot 26P1204, exp 02/2027)"},
        {"kind": "lot_number", "value": "26P0977", "_ev": "(lot 26P0977, exp 11/2026)"},
        {"kind": "expiration_date", "value": "2027-02", "_ev": "exp 02/2027"},
        {"kind": "expiration_date", "value": "2026-11", "_ev": "exp 11/2026"},
        {"kind": "infusion_start", "value": "10:40", "_ev": "Infusion start 10:40"},
        {"kind": "infusion_end", "value": "11:02", "_ev": "stop 11:02"},
        {"kind": "response_to_therapy", "_ev": "good response to augmentation with\n   fewer infections"},
        {"kind": "prior_authorization", "value": "7712-0934-25", "_ev": "Auth # 7712-0934-25"},
    ],
    "notes": (
        "Complete. Monthly agency log with four rows; 12/09 and 12/16 rows have their own lots "
        "26P0811/26P0655, doses and times; 12/23 dose HELD (fever) with a weight only; 12/30 is the DOS. "
        "Weight nearest DOS 58.0 kg; 3,500 mg = +0.6 %; J0256 x 350 JZ with 'waste 0 mg'. Registry Q2 "
        "questionnaire: coded answers Q3=1 ZZ, Q4 4.6/2 umol/L, Q5=2 never smoked 100 cigarettes, Q14=1 "
        "bronchiectasis, Q8=2 chronic bronchitis no, Q15a=2 Prolastin-C Liquid. Sister ZZ and father MZ are family. "
        "The 'asthma' label is not a lung_disease kind in the guide's value list (not annotated). Times: "
        "in/out 10:12/11:48, PIV 10:28, refill 12:05, phone call 10:20 (12/23) are not infusion times."
    ),
}

ARITH = {
    "weight_kg": 58.0, "weight_source": "d1 12/30 row",
    "dose_mg": 3500, "target_mg": 3480.0, "pct_diff": 0.57,
    "code": "J0256", "bu_mg": 10, "units_expected": 350, "units_billed": 350,
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ",
    "lots": [
        {"lot": "26P1204", "exp": "2027-02", "dos": "2025-12-30", "expired": False},
        {"lot": "26P0977", "exp": "2026-11", "dos": "2025-12-30", "expired": False},
    ],
    "dos_product": "Prolastin-C Liquid",
    "response_in_progress_note": True,
    "infusion": {"start": "10:40", "end": "11:02"},
}
