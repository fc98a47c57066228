from _lib import F, W, reqs, gold

D1 = """MERCY VALLEY MEDICAL CENTER - AMBULATORY INFUSION (3 NORTH)
FLOWSHEET PRINT: ALPHA-1 PROTEINASE INHIBITOR (ARALAST NP) - WEEKLY
Patient: PHAM, THANH V            MRN 3310-882-04          DOB 04/02/1968       Sex M
Ordering: Roswitha K. Lindqvist, MD (Pulmonology)          Rows: 11/12/2025 to 12/03/2025
Order: Aralast NP 60 mg/kg IV every 7 days. Dosing weight = weight measured on day of infusion.
       Pharmacy prepares from 1,000 mg and 500 mg vials; draw the calculated volume; discard remainder.

== Measurements ==
| Date       | Time  | Weight (kg) | Height (cm) | Temp (F) | BP (mmHg) | Pulse (bpm) | SpO2 (%) | Init |
|------------|-------|-------------|-------------|----------|-----------|-------------|----------|------|
| 11/12/2025 | 08:36 | 72.1        | 170         | 97.9     | 132/80    | 74          | 94       | RA   |
| 11/19/2025 | 08:41 | 71.8        |             | 98.2     | 128/78    | 70          | 95       | RA   |
| 11/26/2025 |       |             |             |          |           |             |          | --   |
| 12/03/2025 | 08:39 | 71.5        |             | 98.0     | 130/82    | 72          | 94       | GW   |

== Pre-medication ==
| Date       | Drug          | Dose (mg) | Route | Time  | Init |
|------------|---------------|-----------|-------|-------|------|
| 11/12/2025 | acetaminophen | 500       | PO    | 08:45 | RA   |
| 11/19/2025 | acetaminophen | 500       | PO    | 08:50 | RA   |
| 12/03/2025 | acetaminophen | 500       | PO    | 08:47 | GW   |

== A1PI administration ==
| Date       | Vials used (n x mg)  | Dose given (mg) | Volume (mL) | Rate (mL/min) | Start (24h) | End (24h) | Discarded (mg) | Init |
|------------|----------------------|-----------------|-------------|---------------|-------------|-----------|----------------|------|
| 11/12/2025 | 4x1000 + 1x500       | 4330            | 216.5       | 5.5           | 09:02       | 09:42     | 170            | RA   |
| 11/19/2025 | 4x1000 + 1x500       | 4310            | 215.5       | 5.5           | 09:05       | 09:45     | 190            | RA   |
| 11/26/2025 | --                   | --              | --          | --            | --          | --        | --             | --   |
| 12/03/2025 | 4x1000 + 1x500       | 4290            | 214.5       | 5.5           | 09:04       | 09:44     | 210            | GW   |

== Product / lot ==
| Date       | Vial size (mg) | Lot No.   | Exp (MM/DD/YYYY) | Qty | Init |
|------------|----------------|-----------|------------------|-----|------|
| 11/12/2025 | 1000           | LE11F390  | 10/31/2026       | 4   | RA   |
| 11/12/2025 | 500            | LE08C219  | 09/30/2026       | 1   | RA   |
| 11/19/2025 | 1000           | LE11F390  | 10/31/2026       | 4   | RA   |
| 11/19/2025 | 500            | LE08C219  | 09/30/2026       | 1   | RA   |
| 12/03/2025 | 1000           | LE12A044  | 01/31/2027       | 4   | GW   |
| 12/03/2025 | 500            | LE08C219  | 09/30/2026       | 1   | GW   |

== Reaction / tolerance ==
| Date       | Reaction (Y/N) | Symptoms          | Post BP (mmHg) | Post SpO2 (%) | Init |
|------------|----------------|-------------------|----------------|---------------|------|
| 11/12/2025 | N              | none              | 126/76         | 95            | RA   |
| 11/19/2025 | N              | none              | 124/76         | 95            | RA   |
| 12/03/2025 | N              | mild HA, resolved | 128/80         | 95            | GW   |

== Row comments ==
11/26/2025  Appointment cancelled by patient (viral URI, fever 100.8 F). Rescheduled. -RA
12/03/2025  Dose recalculated on today's weight by pharmacy (60 x 71.5 = 4,290 mg).
            Remainder of opened 500 mg vial, 10.5 mL (210 mg), discarded in pharmaceutical waste
            with witness M. Ortiz RN. -GW
12/03/2025  Headache 2/10 at 09:30, resolved without treatment by 09:50. -GW

Row initials: RA = Rosalind Achebe RN; GW = Gideon Whitlock RN
"""

D2 = """LabCorp                                                     Patient Report
Specimen ID: 108-344-2210-0          Control ID: 40118273           Acct #: 33018820
Patient: PHAM, THANH V               DOB: 04/02/1968   Age: 55   Sex: M
Ordering Physician: R LINDQVIST      Phone: (555) 555-0121
Date Collected: 04/11/2023 10:14     Date Received: 04/12/2023      Date Reported: 04/18/2023
Fasting: No

 TESTS                                   RESULT      FLAG     UNITS       REFERENCE INTERVAL    LAB
 Alpha-1-Antitrypsin Profile
   Alpha-1-Antitrypsin, Serum            19          Low      mg/dL       90-200                01
   A-1-Antitrypsin Phenotype             ZZ          Abnormal                                   02
   Interpretation:
     Alpha-1-antitrypsin phenotype ZZ is consistent with severe alpha-1-antitrypsin deficiency.
     Phenotype ZZ: homozygous for the deficient Z allele. Individuals with the ZZ phenotype are at
     high risk of early-onset panacinar emphysema, especially smokers, and of liver disease.
     The most common normal phenotype is MM. Heterozygous MZ and MS phenotypes usually have
     intermediate serum levels. Approximately 1 in 3,000 to 5,000 individuals of Northern European
     ancestry has phenotype ZZ.
     Phenotyping is performed by isoelectric focusing. Augmentation therapy can affect the
     phenotype pattern; results should be interpreted in the context of treatment history.
 Alpha-1-Antitrypsin Genotyping
   SERPINA1 S allele (c.863A>T)          Not Detected                                           02
   SERPINA1 Z allele (c.1096G>A)         Detected, homozygous                                   02
   Genotype                              Z/Z
   Comment: Only the S and Z variants are tested. Rare deficiency alleles and null alleles are
     not detected by this assay. A negative result does not exclude other SERPINA1 variants.
 Immunoglobulin A, Qn, Serum             212                  mg/dL       87-352                01
 Hepatic Function Panel (7)
   Protein, Total, Serum                 7.0                  g/dL        6.0-8.5               01
   Albumin, Serum                        4.2                  g/dL        3.8-4.9               01
   Bilirubin, Total                      0.6                  mg/dL       0.0-1.2               01
   Alkaline Phosphatase, S               88                   IU/L        44-121                01
   AST (SGOT)                            31                   IU/L        0-40                  01
   ALT (SGPT)                            44          High     IU/L        0-44                  01

 01  BN   Labcorp Burlington, 1447 York Court, Burlington, NC 27215-3361   Dir: Sanjai Nagendra, MD
 02  RT   Labcorp RTP, 1912 TW Alexander Drive, RTP, NC 27709-0153          Dir: Mary L Weston, MD
 For inquiries, the physician may contact Branch: 800-762-4344
 FINAL REPORT                                                               Page 1 of 1
"""

D3 = """MERCY VALLEY PULMONARY CLINIC
Follow-up Visit (infusion day)

Patient: Thanh V. Pham        DOB 04/02/1968        MRN 3310-882-04
Visit date: 12/03/2025        Clinician: Roswitha K. Lindqvist, MD
Insurance: State Medicaid (fee-for-service)   PA # 25-MA-0771342 (through 06/30/2026)

Subjective:
Mr. Pham is a 57-year-old man with alpha-1 antitrypsin deficiency, ZZ, diagnosed 04/2023 after
a workup for dyspnea and a mildly elevated ALT. He started Aralast NP in 09/2023. He missed last
week's infusion because of a viral URI with fever; he is now afebrile and back to baseline. He
reports he can walk about 20 minutes on the flat before resting, same as in the summer. No
exacerbations requiring steroids or antibiotics this year (he had two in 2023 before therapy).
He tolerates the infusions well apart from occasional mild headache that resolves on its own.
Never smoked; worked 25 years in a nail salon (solvent exposure).

Medications: tiotropium/olodaterol (Stiolto) 2 inh daily; albuterol PRN; Aralast NP 60 mg/kg
IV weekly; acetaminophen 500 mg before infusions; atorvastatin 20 mg daily.

Objective:
Weight 71.5 kg (today, infusion flowsheet). BP 130/82, HR 72, SpO2 94% RA.
Chest: reduced air entry at both bases, no crackles. No edema.

Data:
- AAT 19 mg/dL (04/2023, pre-treatment), ZZ phenotype and Z/Z genotype (LabCorp).
- CT chest 05/2023: panlobular emphysema, basilar predominant; no bronchiectasis.
- PFT 10/2025: FEV1 1.51 L (49% predicted), FEV1/FVC 0.46; 10/2024 FEV1 1.55 L (50% predicted).
- IgA 212 mg/dL (normal).

Assessment/Plan:
1. Alpha-1 antitrypsin deficiency (E88.01) with panlobular emphysema (J43.1): stable on
   augmentation - FEV1 decline 40 mL over 12 months, no exacerbations in 2025. Continue Aralast NP
   60 mg/kg weekly, dosed on day-of-infusion weight (today 4,290 mg).
2. Recent viral URI - resolved; no antibiotics needed.
3. Liver: ALT 44 in 2023, 39 in 09/2025; annual ultrasound.
4. Medicaid reauthorization due 06/2026 - will send 12-month PFT trend and this note.

Return 3 months; weekly infusions continue.

R. K. Lindqvist, MD    12/03/2025 10:55
"""

CHART = {
    "chart_id": "b16-005",
    "date_of_service": "2025-12-03",
    "payer": {"profile": "medicaid", "name": "State Medicaid (fee-for-service)"},
    "prior_authorization": "25-MA-0771342",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 429, "modifiers": []},
        {"hcpcs": "J0256", "units": 21, "modifiers": ["JW"]},
        {"hcpcs": "96365", "units": 1, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "infusion_record", "date": "2025-12-03", "text": D1},
        {"id": "d2", "type": "lab_report", "date": "2023-04-18", "text": D2},
        {"id": "d3", "type": "progress_note", "date": "2025-12-03", "text": D3},
    ],
}

FINDINGS = [
    (F("aatd_diagnosis"), "alpha-1 antitrypsin deficiency, ZZ, diagnosed 04/2023"),
    (F("genotype", alleles=["Z", "Z"]), "A-1-Antitrypsin Phenotype             ZZ"),
    (F("serum_aat", value=19, unit="mg/dL"), "Alpha-1-Antitrypsin, Serum            19          Low      mg/dL"),
    (F("lung_disease", value="emphysema"), "panlobular emphysema, basilar predominant"),
    (W(71.5), "| 12/03/2025 | 08:39 | 71.5"),
    (W(71.8), "| 11/19/2025 | 08:41 | 71.8"),
    (W(72.1), "| 11/12/2025 | 08:36 | 72.1"),
    (F("fev1", value=49), "FEV1 1.51 L (49% predicted)"),
    (F("fev1", value=50), "FEV1 1.55 L (50% predicted)"),
    (F("dose", value=4290), "| 4290            | 214.5"),
    (F("wastage", value=210), "10.5 mL (210 mg), discarded"),
    (F("lot_number", value="LE12A044"), "LE12A044"),
    (F("lot_number", value="LE08C219"), "| 12/03/2025 | 500            | LE08C219"),
    (F("expiration_date", value="2027-01-31"), "LE12A044  | 01/31/2027"),
    (F("expiration_date", value="2026-09-30"), "LE08C219  | 09/30/2026       | 1   | GW"),
    (F("infusion_start", value="09:04"), "| 09:04       | 09:44"),
    (F("infusion_end", value="09:44"), "| 09:04       | 09:44"),
    (F("response_to_therapy"), "stable on\n   augmentation"),
    (F("prior_authorization", value="25-MA-0771342"), "PA # 25-MA-0771342"),
    (F("smoking_status", value="never"), "Never smoked"),
    (F("drug_product", value="Aralast NP"), "ARALAST NP"),
]

GOLD = gold(CHART, "medicaid", reqs(
    "medicaid",
    aatd_diagnosis="met", genotype="met", serum_aat_level="met", lung_disease_evidence="met",
    patient_weight="met", dose_administered="met", dose_matches_weight="met", units_match_dose="met",
    wastage_documented="met", lot_number="met", expiration_date="met", infusion_times="met",
    response_to_therapy="met", prior_authorization="met", code_selection="met", smoking_status="met",
), FINDINGS,
    "Complete. Markdown-style flowsheet, units in headers, four date rows; only the 12/03/2025 row counts for "
    "dose (4290), discard (210), lots (LE12A044, LE08C219) and times (09:04-09:44). Earlier rows (4330/4310 mg, "
    "lot LE11F390, 09:02-09:42, 09:05-09:45) are other visits; 11/26 cancelled. Headache 09:30-09:50, premed "
    "08:47 and vitals are not infusion times. Pharmacy calc '60 x 71.5 = 4,290 mg' matches the Given cell. "
    "Medicaid with JW: J0256 x 429 = ceil(4290/10); JW x 21 = floor(210/10). LabCorp interpretive text "
    "(MM most common, MZ/MS intermediate, 1 in 3,000-5,000) is general; 'Detected, homozygous' for Z -> Z/Z.")

ARITH = {
    "dos": "2025-12-03",
    "product_dos": ["Aralast NP"],
    "weight_kg": 71.5, "weight_source": "flowsheet 12/03/2025 08:39",
    "dose_mg": 4290, "dose_source": "flowsheet 12/03 Dose given (mg) 4290 = 214.5 mL",
    "vials": [{"product": "Aralast NP 1000 mg", "mg": 1000}] * 4 + [{"product": "Aralast NP 500 mg", "mg": 500}],
    "code": "J0256", "bu": 10,
    "units_billed": 429, "modifiers_admin": [],
    "waste_mg": 210, "jw_units_billed": 21,
    "lots": [{"lot": "LE12A044", "exp": "2027-01-31"}, {"lot": "LE08C219", "exp": "2026-09-30"}],
    "serum_rid": [],
    "response_in_progress_note": True,
}
