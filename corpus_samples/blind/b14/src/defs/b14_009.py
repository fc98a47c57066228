# b14-009  medicaid  Glassia J0257 JZ   GAPS: genotype conflict (PI*MZ only); serum conflict (62 and 71 mg/dL,
# nephelometry, both >= 57)
# Styles: (2) registry data-collection export with coded answers; lab report; infusion flowsheet; progress note.

REG = """AATD DETECTION & OUTCOMES REGISTRY (ADOR) - DATA ENTRY FORM PRINTOUT
Instrument: baseline_enrollment + followup_01      Project ID 2291      Site: OH-07
Record ID: OH07-0142        Event: followup_01 (Visit 2)      Form status: Complete (verified)
Printed 2025-07-23 09:11 by coordinator mbeltran

FIELD (variable name)            VALUE    LABEL / CODE LIST
-------------------------------  -------  ----------------------------------------------------
visit_num                        2
visit_date                       2025-07-22
enroll_date                      2024-06-11
sex                              1        1, Male | 2, Female
birth_year                       1964
index_case                       1        1, Yes (proband) | 2, No (relative)
pi_type                          3        1, PI*ZZ | 2, PI*SZ | 3, PI*MZ | 4, PI*MS | 5, PI*Z/Null
                                          | 6, Null/Null | 7, Other rare | 99, Unknown
pi_type_method                   1        1, Phenotype (IEF) | 2, Genotype (PCR S/Z) | 3, Sequencing
geno_pending                     2        1, Yes | 2, No
aat_level                        62
aat_unit                         1        1, mg/dL | 2, umol/L | 3, g/L
aat_method                       2        1, Radial immunodiffusion | 2, Nephelometry
                                          | 3, Immunoturbidimetry | 99, Unknown
aat_date                         2024-02-06
aat_on_tx                        2        1, Yes (on augmentation when drawn) | 2, No
aat_level_2                      71
aat_unit_2                       1
aat_method_2                     2
aat_date_2                       2024-05-20
crp_mgl                          12.4     (drawn with aat_level_2)
ct_emphysema                     1        1, Yes | 2, No | 99, Not done
ct_pattern                       2        1, Panlobular | 2, Centrilobular | 3, Paraseptal | 4, Mixed
copd_dx                          1        1, Yes | 2, No
fev1_pp                          52       (% predicted, post-BD, 2025-07-22)
smoke_status                     2        1, Never | 2, Former | 3, Current
smoke_quit_year                  2019
pack_years                       41
weight_kg                        87.5
aug_ever                         1        1, Yes | 2, No
aug_product                      5        1, Prolastin-C | 2, Prolastin-C Liquid | 3, Aralast NP
                                          | 4, Zemaira | 5, Glassia
aug_start                        2024-06
fam_hx_aatd                      1        1, Yes | 2, No | 99, Unknown
fam_member_1                     mother: PI*ZZ, deceased 2009 (liver)
eligibility_note                 Registry eligibility requires any PI type other than MM;
                                 the registry does not assess treatment appropriateness.
coordinator_comment              Pt asked whether augmentation will continue; referred to
                                 Dr. Varghese. Policy language reviewed by pt: "augmentation for
                                 PiZZ, PiZ(null), Pi(null,null); AAT < 11 uM (80 mg/dL by RID)".
-------------------------------  -------  ----------------------------------------------------
Data quality flags: none.  Locked: No.
"""

LAB = """OHIO VALLEY REFERENCE LABORATORY                   CLIA 36D0658121
Patient: HUTCHINS, DALE E       DOB 03/14/1964    Sex M     MRN 6601938
Ordering: Raymond Tully, DO (Valley Family Lung)  Collected 02/06/2024 08:12  Reported 02/12/2024 15:40

TEST                                   RESULT        FLAG   REFERENCE         UNITS
Alpha-1-Antitrypsin, Serum             62            L      100 - 190         mg/dL
   Method: immunonephelometry (Siemens BN II)
Alpha-1-Antitrypsin Phenotype          MZ                   MM
   Method: isoelectric focusing
C-Reactive Protein                     3.1                  < 8.0             mg/L

INTERPRETATION (phenotype):
Isoelectric focusing shows M and Z bands, consistent with a PI*MZ heterozygous phenotype.
MZ individuals typically have intermediate serum AAT concentrations and carry one copy of
the Z allele. The PI*MZ state is associated with an increased risk of COPD in smokers.
Genotyping for S and Z alleles or sequencing may be considered if the phenotype is
discordant with the serum level. Normal reference phenotype is MM.

Comment: specimen slightly hemolyzed; does not affect nephelometry.
Electronically verified by: L. Ng, MT(ASCP)  02/12/2024 15:38
Medical director: A. Brennan, MD PhD
-------------------------------------------------------------------------------------------
Collected 05/20/2024 07:55   Reported 05/21/2024 11:02   (repeat before therapy)
Alpha-1-Antitrypsin, Serum             71            L      100 - 190         mg/dL
   Method: immunonephelometry
C-Reactive Protein                     12.4          H      < 8.0             mg/L
   Comment: CRP elevated; AAT is an acute-phase reactant and may be falsely raised.
-------------------------------------------------------------------------------------------
END OF REPORT
"""

INF = """VALLEY REGIONAL HOSPITAL - OUTPATIENT INFUSION FLOWSHEET
Patient: Hutchins, Dale E    MRN 6601938    DOB 03/14/1964    Date: 08/19/2025
Order: Glassia (alpha1-proteinase inhibitor) 60 mg/kg IV weekly, round to whole 1 g vials
Ordering provider: Raymond Tully, DO        Payer: Buckeye Community Health (Medicaid)
Order diagnoses: E88.01 Alpha-1-antitrypsin deficiency; J43.2 Centrilobular emphysema
PA#: 0049113827  (approved 09/01/2024 - 08/31/2025)

Time   Flowsheet row                         Value
-----  ------------------------------------  ----------------------------------------------
08:41  Arrival / check-in                    ambulatory, alone
08:50  Weight                                88.2 kg (standing scale)
08:50  Height                                180 cm
08:52  BP / HR / RR / SpO2 / Temp            142/84 / 76 / 18 / 94% RA / 36.7 C
08:55  Pain                                  0/10
08:58  Respiratory assessment                diminished bilaterally, scattered rhonchi, clears with cough
09:05  PIV insertion                         20G R forearm, 1 attempt, +blood return
09:08  Pre-infusion checklist                identity x2, allergies (lisinopril - angioedema), order verified
09:12  Med scan (BCMA)                       Glassia 1 g/50 mL vial x5 scanned - match
09:12  Product detail                        lot LE40D118 (x5)  exp 04/30/2026
09:12  Dose to administer                    5,000 mg (250 mL); 60 mg/kg x 88.2 kg = 5,292 mg, rounded to 5 vials (-5.5%)
09:20  Infusion start                        Glassia 250 mL via pump, 0.2 micron? NO - 5 micron filter, 360 mL/h
09:35  VS                                    138/80 / 74 / 18 / 95%
09:50  VS                                    136/80 / 72 / 18 / 95%
10:02  Infusion end                          250 mL infused; all 5 vials used, 0 mL remaining
10:02  Amount administered                   5,000 mg
10:02  Waste                                 none (0 mg)
10:05  Post flush                            NS 20 mL
10:12  VS                                    134/78 / 72 / 18 / 95%
10:15  PIV removed                           intact, pressure held
10:18  Patient response                      tolerated, no reaction; states breathing "about the same"
10:20  Discharge                             ambulatory, home by bus
10:20  Charges                               J0257 x 500 JZ; 96365 x 1
Nurse: Gwen Lasky, RN     Reviewed: T. Osei, RN (charge)
"""

PN = """VALLEY PULMONARY & CRITICAL CARE - NEW PATIENT / TRANSFER OF CARE NOTE
Date: 07/22/2025     Physician: Anand Varghese, MD
Patient: Dale E. Hutchins  61 y M  MRN 6601938
Referred by: Raymond Tully, DO (retiring) for ongoing management of augmentation therapy.

HPI:
Mr. Hutchins is a former smoker (41 pack-years, quit 2019) with COPD and centrilobular
emphysema on CT (2023). His prior physician checked alpha-1 antitrypsin in 02/2024: 62 mg/dL
(nephelometry) with an MZ phenotype; repeat in 05/2024 was 71 mg/dL with CRP 12.4. He was
labeled "alpha-1 antitrypsin deficiency" and started weekly Glassia in 06/2024 through our
infusion center with Medicaid prior authorization. Since starting, he reports no clear change:
two exacerbations in the past year (same as the year before), no admissions. Dyspnea mMRC 2.
No infusion reactions. Mother had PI*ZZ with cirrhosis.

Meds: Glassia 60 mg/kg IV weekly; tiotropium/olodaterol daily; albuterol PRN; lisinopril
stopped (angioedema) - now amlodipine 5 mg; atorvastatin 40 mg.

Exam: BP 140/82 HR 78 SpO2 94% RA, weight 87.5 kg. Diminished breath sounds, no wheeze.

Data: Spirometry today post-BD FEV1 1.86 L (52% predicted), FEV1/FVC 0.51. 2024 FEV1 1.90 L.
ADOR registry visit 2 completed today.

Assessment:
1. COPD with centrilobular emphysema, GOLD 2, former smoker.
2. Alpha-1 antitrypsin: PI*MZ heterozygote with serum levels 62-71 mg/dL by nephelometry.
   This is intermediate, not severe, deficiency. Guidelines and most payer policies do not
   support augmentation for MZ. (If the level had been measured by RID, 62 mg/dL would fall
   below the 80 mg/dL RID threshold, but both results here are nephelometric.) On therapy he has
   been clinically stable, without clear benefit.
3. Plan: complete current PA period; do not request renewal after 08/31/2025. Will discuss
   stopping augmentation at next visit and send SERPINA1 sequencing to exclude a second rare
   allele (not yet sent - insurance review).
4. Continue LAMA/LABA; pulmonary rehab referral.
Anand Varghese, MD   signed 07/22/2025 17:40
"""

CHART = {
    "chart_id": "b14-009",
    "date_of_service": "2025-08-19",
    "payer": {"profile": "medicaid", "name": "Buckeye Community Health Plan (Medicaid)"},
    "prior_authorization": "0049113827",
    "claim_lines": [
        {"hcpcs": "J0257", "units": 500, "modifiers": ["JZ"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "other", "date": "2025-07-22", "text": REG},
        {"id": "d2", "type": "lab_report", "date": "2024-05-21", "text": LAB},
        {"id": "d3", "type": "infusion_record", "date": "2025-08-19", "text": INF},
        {"id": "d4", "type": "progress_note", "date": "2025-07-22", "text": PN},
    ],
}

GOLD = {
    "chart_id": "b14-009",
    "profile": "medicaid",
    "requirements": {
        "aatd_diagnosis": "met", "genotype": "conflict", "serum_aat_level": "conflict",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "met",
        "dose_matches_weight": "met", "units_match_dose": "met", "wastage_documented": "met",
        "lot_number": "met", "expiration_date": "met", "infusion_times": "met",
        "response_to_therapy": "met", "prior_authorization": "met", "code_selection": "met",
        "smoking_status": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis", "_ev": "E88.01 Alpha-1-antitrypsin deficiency"},
        {"kind": "genotype", "alleles": ["M", "Z"], "_ev": "consistent with a PI*MZ heterozygous phenotype"},
        {"kind": "serum_aat", "value": 62, "unit": "mg/dL", "_ev": "Alpha-1-Antitrypsin, Serum             62"},
        {"kind": "serum_aat", "value": 71, "unit": "mg/dL", "_ev": "Alpha-1-Antitrypsin, Serum             71"},
        {"kind": "lung_disease", "value": "copd", "_ev": "COPD with centrilobular emphysema"},
        {"kind": "lung_disease", "value": "emphysema", "_ev": "centrilobular\nemphysema on CT (2023)"},
        {"kind": "fev1", "value": 52, "_ev": "FEV1 1.86 L (52% predicted)"},
        {"kind": "smoking_status", "value": "former", "_ev": "former smoker (41 pack-years, quit 2019)"},
        {"kind": "weight", "value": 88.2, "unit": "kg", "value_kg": 88.2, "_ev": "88.2 kg (standing scale)"},
        {"kind": "weight", "value": 87.5, "unit": "kg", "value_kg": 87.5, "_ev": "weight 87.5 kg"},
        {"kind": "drug_product", "value": "Glassia", "_ev": "Glassia 1 g/50 mL vial x5 scanned"},
        {"kind": "dose", "value": 5000, "_ev": "Amount administered                   5,000 mg"},
        {"kind": "wastage", "value": 0, "_ev": "none (0 mg)"},
        {"kind": "lot_number", "value": "LE40D118", "_ev": "lot LE40D118 (x5)"},
        {"kind": "expiration_date", "value": "2026-04-30", "_ev": "exp 04/30/2026"},
        {"kind": "infusion_start", "value": "09:20", "_ev": "09:20  Infusion start"},
        {"kind": "infusion_end", "value": "10:02", "_ev": "10:02  Infusion end"},
        {"kind": "response_to_therapy", "_ev": "On therapy he has\n   been clinically stable"},
        {"kind": "prior_authorization", "value": "0049113827", "_ev": "PA#: 0049113827"},
    ],
    "notes": (
        "Two gaps. Genotype: only PI*MZ (IEF; registry pi_type=3) -> conflict; the lab's reference 'MM' and "
        "the mother's PI*ZZ are not the patient's. Serum: 62 and 71 mg/dL, both by nephelometry -> threshold "
        "57 mg/dL -> conflict; the RID 80 mg/dL threshold appears only in policy text and a counterfactual "
        "sentence. The AATD diagnosis is affirmed on the infusion order (E88.01) and was the prior physician's diagnosis "
        "-> aatd_diagnosis met even though clinically questionable for MZ; decision documented in README. Response: "
        "'clinically stable, without clear benefit' is a statement of response (stable) -> met. Infusion "
        "complete: 88.2 kg, 5,000 mg (-5.5 %), J0257 x 500 JZ with 0 mg waste. Registry weight 87.5 kg equals "
        "the clinic weight. '0.2 micron? NO' typed then corrected inline; CRP values; check-in 08:41, BCMA 09:12."
    ),
}

ARITH = {
    "weight_kg": 88.2, "weight_source": "d3 08:50 standing scale DOS",
    "dose_mg": 5000, "target_mg": 5292.0, "pct_diff": -5.52,
    "code": "J0257", "bu_mg": 10, "units_expected": 500, "units_billed": 500,
    "waste_mg": 0, "jw_units_expected": 0, "modifier_expected": "JZ",
    "lots": [{"lot": "LE40D118", "exp": "2026-04-30", "dos": "2025-08-19", "expired": False}],
    "rid_values": [],
    "dos_product": "Glassia",
    "response_in_progress_note": True,
    "infusion": {"start": "09:20", "end": "10:02"},
}
