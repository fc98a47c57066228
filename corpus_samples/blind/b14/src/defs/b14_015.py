# b14-015  commercial  NEGATIVE CONTROL: sister of a PI*ZZ index case, PI*MZ carrier with AAT 88 mg/dL,
# current smoker, mild COPD; no augmentation, no claim lines.
# Styles: (2) registry family-screening CRF with coded answers, (5) primary-care pre-visit planning note;
#         plus the genotyping lab report.

REG = """ALPHA-1 FAMILY SCREENING SUB-STUDY (A1-FSS)  -  RELATIVE ENROLLMENT & RESULTS CRF
Protocol A1-FSS-2021-04 (IRB #21-0447)    Site 03 - Crestline University Pulmonary
Relative ID: 03-R-0218      Linked index case: 03-I-0097      Visit: V1 (enrollment)
Visit date (yyyy-mm-dd): 2026-02-10       Form version 2.2      Entered by: A. Kowalski, CRC

Code legend used throughout: 1=Yes 2=No 8=N/A 9=Unknown (unless stated)

SECTION 1 - RELATIONSHIP
 1.1 REL_TO_INDEX ......... 3      (1=parent 2=child 3=full sibling 4=half sibling 5=other)
 1.2 INDEX_PI ............. 1      (1=ZZ 2=SZ 3=Z/null 4=null/null 5=other) - index = brother
 1.3 INDEX_ON_AUG ......... 1      index case on Prolastin-C since 2022

SECTION 2 - DEMOGRAPHICS / MEASUREMENTS
 2.1 AGE_YRS .............. 52
 2.2 SEX .................. 2      (1=M 2=F)
 2.3 HT_CM ................ 168
 2.4 WT_KG ................ 74.8
 2.5 BMI .................. 26.5

SECTION 3 - EXPOSURES
 3.1 EVER_SMOKE ........... 1
 3.2 CURR_SMOKE ........... 1      cigarettes/day [10]   pack-years [30]
 3.3 QUIT_DATE ............ 8      (n/a - current)
 3.4 OCC_DUST ............. 2
 3.5 CESSATION_OFFERED .... 1      brief advice + quitline referral given

SECTION 4 - TESTING (samples drawn 2026-02-10 08:40)
 4.1 AAT_RESULT ........... 88     unit code [1] (1=mg/dL 2=umol/L 3=g/L)
 4.2 AAT_METHOD ........... 2      (1=RID 2=nephelometry 3=immunoturbidimetry)
 4.3 PI_RESULT ............ 3      (1=ZZ 2=SZ 3=MZ 4=MS 5=MM 6=Z/null 7=other)
 4.4 PI_METHOD ............ 2      (1=IEF phenotype 2=allele-specific genotyping S/Z 3=sequencing)
 4.5 CRP_MGL .............. 2.2

SECTION 5 - SPIROMETRY (post-bronchodilator, same visit)
 5.1 SPIRO_DONE ........... 1
 5.2 FEV1_L ............... 2.46
 5.3 FEV1_PP .............. 82
 5.4 FVC_PP ............... 98
 5.5 FEV1_FVC ............. 0.66
 5.6 OBSTRUCTION .......... 1      (FEV1/FVC < LLN)
 5.7 GOLD_STAGE ........... 1      (1..4; 8=no obstruction)

SECTION 6 - OUTCOME / COUNSELING
 6.1 DX_AATD .............. 2      (relative has severe deficiency genotype? 2=No - carrier)
 6.2 DX_COPD_NEW .......... 1      COPD, mild, newly identified by study spirometry
 6.3 AUG_ELIGIBLE ......... 2      MZ carriers not eligible for augmentation per protocol
 6.4 GC_SESSION ........... 1      genetic counseling 2026-02-24 by L. Marsh, CGC
 6.5 RESULT_LETTER_SENT ... 1      2026-02-26 (copy to PCP Dr. Yoon)

Comments: participant asked whether she can "get the same infusions as my brother" - explained
that carriers with levels in the 80s do not receive augmentation; the most important step is
stopping smoking. Her two children (ages 24 and 27) were offered testing (not yet scheduled).
"""

LAB = """CRESTLINE UNIVERSITY HEALTH - MOLECULAR & SPECIAL CHEMISTRY
Patient: PRUITT, GWENDOLYN R      DOB 05/06/1973   Sex F   MRN CU-6108822
Ordered by: Research - A1-FSS (PI: M. Delacroix, MD)      Copy to: Jae Yoon, MD (PCP)
Collected: 02/10/2026 08:40     Received: 02/10/2026 11:02     Reported: 02/18/2026 16:25

ALPHA-1 ANTITRYPSIN, QUANTITATIVE (nephelometry)
  Result: 88 mg/dL    (L)      Reference interval: 100 - 190 mg/dL

SERPINA1 GENOTYPING, S AND Z ALLELES (allele-specific PCR)
  c.863A>T (p.Glu288Val, PI*S) ........... NOT DETECTED
  c.1096G>A (p.Glu366Lys, PI*Z) .......... DETECTED, HETEROZYGOUS
  Interpretation: PI*MZ genotype (M allele inferred: this assay detects only S and Z).
  Result consistent with the measured serum level.
  Reference (normal) genotype: PI*MM.

COMMENT:
  Heterozygous carriers of the Z allele (PI*MZ) have intermediate AAT levels and an increased
  risk of COPD with cigarette smoking. Individuals with PI*ZZ typically have levels below
  57 mg/dL (11 umol/L) and may be candidates for augmentation therapy. This assay does not
  detect null or rare deficiency alleles; sequencing may be considered if the clinical
  picture or serum level is discordant.
  Genetic counseling is recommended for carriers and their relatives.

Performed at: Crestline University Health Molecular Laboratory, CLIA 44D2099410
Verified: R. Chaudhry, PhD, FACMG   02/18/2026 16:20
"""

PVP = """PRE-VISIT PLANNING NOTE - PRIMARY CARE           Prepared 03/17/2026 15:05 (MA: D. Ortega)
Crestline Family Medicine - Dr. Jae Yoon          Visit: 03/18/2026 09:20 (annual physical)
Patient: Gwendolyn R. Pruitt   52 y F   MRN CU-6108822
Insurance: Cigna Open Access Plus (commercial)

NEW SINCE LAST VISIT
- Alpha-1 family screening study result (02/18): PI*MZ carrier, AAT 88 mg/dL. Study letter
  states she does NOT have alpha-1 antitrypsin deficiency (carrier state only); augmentation
  not indicated.
- Study spirometry 02/10: FEV1 82% predicted, FEV1/FVC 0.66 -> mild airflow obstruction,
  COPD GOLD 1 newly identified. Not on inhalers.
- Brother (PI*ZZ) on Prolastin-C 5,200 mg IV weekly - pt mentioned at registry visit.

CARE GAPS / DUE
[ ] Tobacco: current smoker 10 cig/day - counsel; offer varenicline or NRT (not yet started)
[ ] Lung cancer screening LDCT - DUE (age 52, 30 pack-years, current smoker) - order at visit
[ ] Mammogram - OVERDUE (last 2023)
[ ] Colon cancer screening - due (FIT kit offered)
[ ] HbA1c - due (prediabetes 5.9% in 2025)
[ ] Pneumococcal (PCV20) - due (COPD + smoker)
[ ] Tdap - due 2026
[x] Influenza vaccine - done 10/2025
[ ] Hepatitis screening - not done
[ ] AAT-related: liver enzymes yearly suggested by genetic counselor (last ALT 22, 2025) - OK
[ ] Pulmonary referral for new COPD dx - pt prefers PCP management for now

NOT INDICATED / DECLINED
- Repeat AAT level: not indicated.
- Alpha-1 augmentation therapy: not indicated (MZ carrier); no prior authorization requested.
  Hypothetical discussed in study letter: "if your level were below 57 mg/dL with a ZZ or
  similar genotype, augmentation could be considered."

VITALS LAST VISIT (03/2025): BP 132/84, wt 73.9 kg, BMI 26.2.
MEDS: sertraline 50 mg daily; ibuprofen PRN; no inhalers.
Prepared for provider review. MA will room at 09:10; patient asked to bring home BP log.
"""

CHART = {
    "chart_id": "b14-015",
    "payer": {"profile": "commercial", "name": "Cigna Open Access Plus"},
    "documents": [
        {"id": "d1", "type": "other", "date": "2026-02-10", "text": REG},
        {"id": "d2", "type": "lab_report", "date": "2026-02-18", "text": LAB},
        {"id": "d3", "type": "other", "date": "2026-03-17", "text": PVP},
    ],
}

GOLD = {
    "chart_id": "b14-015",
    "profile": "commercial",
    "requirements": {
        "aatd_diagnosis": "missing", "genotype": "conflict", "serum_aat_level": "conflict",
        "lung_disease_evidence": "met", "patient_weight": "met", "dose_administered": "missing",
        "dose_matches_weight": "missing", "units_match_dose": "not_applicable",
        "wastage_documented": "missing", "lot_number": "missing", "expiration_date": "missing",
        "infusion_times": "missing", "response_to_therapy": "missing",
        "prior_authorization": "missing", "code_selection": "not_applicable",
        "smoking_status": "conflict", "fev1_range": "conflict",
    },
    "findings": [
        {"kind": "genotype", "alleles": ["M", "Z"], "_ev": "Interpretation: PI*MZ genotype"},
        {"kind": "serum_aat", "value": 88, "unit": "mg/dL", "_ev": "Result: 88 mg/dL"},
        {"kind": "lung_disease", "value": "copd", "_ev": "COPD GOLD 1 newly identified"},
        {"kind": "lung_disease", "value": "airflow_obstruction", "_ev": "mild airflow obstruction"},
        {"kind": "fev1", "value": 82, "_ev": "FEV1 82% predicted"},
        {"kind": "smoking_status", "value": "current", "_ev": "current smoker 10 cig/day"},
        {"kind": "weight", "value": 74.8, "unit": "kg", "value_kg": 74.8, "_ev": "WT_KG ................ 74.8"},
        {"kind": "weight", "value": 73.9, "unit": "kg", "value_kg": 73.9, "_ev": "wt 73.9 kg"},
    ],
    "notes": (
        "Negative control (no A1PI therapy, no claim lines, no date_of_service -> latest document "
        "2026-03-17). PI*MZ carrier: 'does NOT have alpha-1 antitrypsin deficiency (carrier state only)', "
        "registry 6.1 DX_AATD=2 -> aatd_diagnosis missing; genotype conflict [M,Z] (reference PI*MM and the "
        "brother's ZZ are not hers); serum 88 mg/dL nephelometry -> conflict (the 57 mg/dL in the comment and "
        "the study-letter hypothetical are not results). Current smoker -> conflict. FEV1 82 % -> fev1_range "
        "conflict (outside 25-80). Mild COPD / airflow obstruction -> lung met. Weights 74.8 kg (study) and 73.9 "
        "kg (03/2025). Brother's Prolastin-C 5,200 mg is family. Commercial PA required, none -> missing."
    ),
}

ARITH = {
    "weight_kg": 74.8, "weight_source": "d1 registry 2026-02-10 (nearest latest doc)",
    "dose_mg": None, "note": "no A1PI given",
    "lots": [],
    "dos_product": None,
    "response_in_progress_note": False,
    "infusion": {"start": None, "end": None},
}
