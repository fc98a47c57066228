# b7-015: IEF phenotype reads ZZ; full SERPINA1 sequencing shows PI*Z + null (Q0granite falls).
# Cigna approval letter, Meditech-style infusion-center note and administration record.
# Commercial. Aralast NP J0256 (no modifier), no waste. Complete.

AAT_LAB = """
NORTHSTAR REGIONAL LABORATORY                          FINAL
PATIENT: HALVERSON-QUAYE, MILES J     DOB: 11/05/1977    SEX: M    MRN: NR-6601294
ORDERING: ABIGAIL CRANSTON, MD (PULM)     COLLECTED: 02/14/2025 08:02   FINAL: 02/20/2025

Alpha-1 Antitrypsin, Serum (nephelometry)
   RESULT: 16 mg/dL   (L)           REFERENCE: 100 - 190 mg/dL
Alpha-1 Antitrypsin Phenotype (isoelectric focusing)
   RESULT: ZZ
   COMMENT: Only Z bands visualized. The serum concentration is lower than usually seen
   with PI*ZZ; a null (Q0) allele paired with Z cannot be excluded by IEF because null
   alleles produce no visible protein. Recommend SERPINA1 gene sequencing.
C-Reactive Protein: 0.9 mg/L   (ref < 5.0)
Immunoglobulin A: 154 mg/dL   (ref 70 - 400)
Hepatic Function Panel
   AST 29 U/L (10-40)   ALT 35 U/L (9-46)   GGT 38 U/L (3-70)
   Alk Phos 88 U/L (36-130)   Total bilirubin 0.6 mg/dL (0.2-1.2)
CBC: WBC 6.6  Hgb 15.2  Plt 221 (within reference)

Specimen: serum, SST; collected fasting.  Method: Siemens BN II nephelometry; IEF on
agarose with immunofixation.  Reviewed: Dana Whitlock, MD, Clinical Pathology.
Reflex sequencing NOT automatically ordered - requires provider order (see comment).
"""

SEQ = """
GENOMIND CLINICAL SEQUENCING LAB (CLIA 24D2011876)
SERPINA1 FULL GENE ANALYSIS (sequencing, exons 1A-5 + deletion/duplication)
Patient: Halverson-Quaye, Miles J    DOB 11/05/1977    Accession GC-25-114022
Ordering provider: Abigail Cranston, MD    Received 02/24/2025    Reported 03/11/2025
Reference sequence: NM_000295.5 (HGVS numbering includes 24-aa signal peptide)

RESULT: POSITIVE - TWO PATHOGENIC VARIANTS

Variant 1
  c.1096G>A  p.(Glu366Lys)   [legacy: c.1024G>A, Glu342Lys]  rs28929474
  Common name: PI*Z
  Zygosity: heterozygous       Classification: Pathogenic
Variant 2
  c.552delC  p.(Tyr184Terfs)  [legacy Tyr160fs]
  Common name: PI*Q0granite falls (null allele)
  Zygosity: heterozygous       Classification: Pathogenic
Phase: in trans (each parent carries one variant - see family studies below)

INTERPRETATION
This individual has genotype PI*Z/Q0granite falls (Z/null), consistent with severe
alpha-1 antitrypsin deficiency. The null allele produces no circulating AAT, which
explains the apparent "ZZ" phenotype with very low serum concentration. Null alleles
are associated with very low or absent AAT and a high risk of emphysema.

FAMILY STUDIES (targeted testing, for phase only)
  Mother: PI*MZ          Father: PI*M/Q0granite falls
  Sister (age 44): PI*MM (normal)

Methods/limitations: NGS with Sanger confirmation; MLPA for copy number. Deep intronic
and regulatory variants outside targeted regions are not assessed.
Electronically signed: Priyanka Desai, PhD, FACMG, Laboratory Director  03/11/2025
"""

CIGNA = """
CIGNA HEALTHCARE - COVERAGE APPROVAL NOTICE                        06/24/2025
To: Abigail Cranston, MD    Fax: (612) 555-0177
Re: Miles J. Halverson-Quaye    Customer ID: U7724019902    Plan: Cigna Open Access Plus

Authorization #: 1187745203
Service approved: Aralast NP (alpha1-proteinase inhibitor, human), HCPCS J0256,
  60 mg/kg IV every 7 days, up to 600 units per dose
Site of care: Twin Lakes Infusion Center (approved ambulatory infusion site)
Approval period: 07/01/2025 through 06/30/2026

This approval was based on the information submitted, which met Cigna's coverage
policy for alpha1-proteinase inhibitors: age 18 or older; emphysema due to severe
AATD; baseline serum AAT < 11 micromol/L (80 mg/dL); FEV1 within 25% - 80% of
predicted; non-smoker; absence of IgA deficiency with antibodies against IgA.
Continuation requires documentation of clinical benefit and continued non-smoking.

This notice is not a guarantee of payment. Benefits are subject to eligibility at the
time of service.
Questions: call Cigna Provider Services at 1-800-555-0106 and reference the
authorization number above.
Appeal rights: not applicable (request approved in full).
cc: Member; Twin Lakes Infusion Center (fax 612-555-0190)

Cigna Pharmacy Utilization Management
"""

NOTE = """
TWIN LAKES INFUSION CENTER - PHYSICIAN VISIT
Account: TLI-883301   Unit #: M000551298    Adm/Reg: 07/08/2025 07:41 (REF IN)
Patient: HALVERSON-QUAYE,MILES J    Age/Sex: 47/M    Attending: Cranston,Abigail MD

Reason for Visit: WEEKLY ALPHA-1 AUGMENTATION; NEW INSURANCE (CIGNA)

History of Present Illness
47M with AATD, genotype PI*Z/null (PI*Z / Q0granite falls, 03/2025), serum AAT 16 mg/dL
pre-treatment, panlobular emphysema on CT 01/2025. Started Aralast NP 04/15/2025 under
prior employer plan; this is his first infusion under Cigna (PA 1187745203, valid
07/01/2025-06/30/2026). After 12 weeks he reports less morning sputum and no
exacerbations (2 in the 6 months before starting); tolerating infusions with no
reactions. Never smoked; no vaping. Works as a high school chemistry teacher.

Medications: Breo Ellipta 100/25 1 inh daily; albuterol HFA PRN; montelukast 10 mg qHS;
fexofenadine 180 mg daily; Aralast NP 60 mg/kg IV weekly.

Objective
Vital Signs: T 36.8  P 76  R 16  BP 126/80  SpO2 96% RA   Wt 96.4 kg   Ht 185 cm
Lungs: mildly decreased at bases; no wheeze.
PFT 01/28/2025: FEV1 pre 2.21 L (55% pred), post 2.33 L (58% pred); FVC post 4.98 L
(94%); FEV1/FVC 0.47; DLCO 61%. Obstructive ventilatory defect, moderately severe.
IgA 154 mg/dL (normal).

Assessment/Plan
1. Alpha-1 antitrypsin deficiency, PI*Z/null, with panlobular emphysema - good early
   response to augmentation (symptoms improved, no exacerbations); continue Aralast NP
   60 mg/kg weekly, ordered 5,500 mg today.
2. Liver - elastography 05/2025 6.2 kPa, normal; repeat annually.
3. Sister tested normal; offspring (ages 12 and 15) carriers at most - testing at
   parents' discretion.
Electronically signed by Abigail Cranston, MD on 07/08/2025 at 09:58
"""

ADMIN = """
TWIN LAKES INFUSION CENTER            MEDICATION ADMINISTRATION - ALPHA-1 PI
HALVERSON-QUAYE,MILES J   TLI-883301   07/08/2025

Weight used for dosing ......... 96.4 kg (measured today 07:50)
Target 60 mg/kg ................ 5,784 mg
Dose ordered ................... 5,500 mg (Dr. Cranston; 5 x 1,000 mg + 1 x 500 mg vials)
NDC/vials ...................... 0944-2815 (1,000 mg) x5, 0944-2814 (500 mg) x1
Lot / Exp (1,000 mg) ........... LD27A071 / 2027-01-31
Lot / Exp (500 mg) ............. LD05C228 / 2026-10-31
Reconstituted 08:05-08:14 (sterile water, transfer device, swirled, not shaken)

ADMINISTRATION
  Site/device ........... PIV 22g L antecubital, placed 08:10
  Infusion start ........ 08:22
  Rate .................. 0.08 mL/kg/min = 7.7 mL/min (275 mL total)
  Infusion stop ......... 08:58
  Total given ........... 5,500 mg
  Wastage ............... none - all vials used completely
  Vitals ................ 08:20 126/80 P76 | 08:40 124/78 P74 | 09:05 122/78 P72
  Reaction .............. none
  Discharge ............. 09:12, ambulatory, instructions given

Education: reviewed delayed-reaction symptoms and after-hours line.
Next appointment: 07/15/2025 08:00 (standing weekly through approval period).

Nurse: Henrik Solvang, RN          Verified: Aisha Barre, RN (2nd check 08:16)
"""

CHART = {
    "chart_id": "b7-015",
    "date_of_service": "2025-07-08",
    "payer": {"profile": "commercial", "name": "Cigna Open Access Plus"},
    "prior_authorization": "1187745203",
    "claim_lines": [
        {"hcpcs": "J0256", "units": 550, "modifiers": []},
    ],
    "documents": [
        {"id": "d1", "type": "lab_report", "date": "2025-02-20", "text": AAT_LAB},
        {"id": "d2", "type": "lab_report", "date": "2025-03-11", "text": SEQ},
        {"id": "d3", "type": "other", "date": "2025-06-24", "text": CIGNA},
        {"id": "d4", "type": "progress_note", "date": "2025-07-08", "text": NOTE},
        {"id": "d5", "type": "infusion_record", "date": "2025-07-08", "text": ADMIN},
    ],
}

GOLD = {
    "chart_id": "b7-015",
    "profile": "commercial",
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
        "prior_authorization": "met",
        "code_selection": "met",
        "smoking_status": "met",
        "fev1_range": "met",
    },
    "findings": [
        {"kind": "aatd_diagnosis"},
        {"kind": "genotype", "alleles": ["Z", "Z"]},
        {"kind": "genotype", "alleles": ["Z", "NULL"]},
        {"kind": "serum_aat", "value": 16, "unit": "mg/dL"},
        {"kind": "lung_disease", "value": "emphysema"},
        {"kind": "lung_disease", "value": "airflow_obstruction"},
        {"kind": "fev1", "value": 55},
        {"kind": "fev1", "value": 58},
        {"kind": "smoking_status", "value": "never"},
        {"kind": "weight", "value": 96.4, "unit": "kg", "value_kg": 96.4},
        {"kind": "drug_product", "value": "Aralast NP"},
        {"kind": "dose", "value": 5500},
        {"kind": "wastage", "value": 0},
        {"kind": "lot_number", "value": "LD27A071"},
        {"kind": "lot_number", "value": "LD05C228"},
        {"kind": "expiration_date", "value": "2027-01-31"},
        {"kind": "expiration_date", "value": "2026-10-31"},
        {"kind": "infusion_start", "value": "08:22"},
        {"kind": "infusion_end", "value": "08:58"},
        {"kind": "prior_authorization", "value": "1187745203"},
        {"kind": "response_to_therapy"},
    ],
    "notes": (
        "Genotype: IEF phenotype 'ZZ' and DNA PI*Z/Q0granite falls (Z/null) are both reported and differ -> two findings "
        "[Z,Z] and [Z,NULL]; both deficient (commercial rule on SZ not involved). Variant lines 'heterozygous' add no M. "
        "Family genotypes (mother MZ, father M/Q0, sister MM) are not findings. Serum 16 mg/dL < 57. "
        "Dose 5,500 mg: 60 x 96.4 = 5784, tolerance 578.4 -> 5205.6..6362.4 -> met. J0256 ceil(5500/10) = 550 = billed. "
        "Commercial: no JW, 'Wastage: none' -> met. Aralast NP on J0256 -> met. PA 1187745203 in chart field, Cigna "
        "letter and note. FEV1 55% pre / 58% post, both within 25-80 -> met. Never smoker. "
        "Response: 'good early response to augmentation (symptoms improved, no exacerbations)' in progress note. "
        "'Obstructive ventilatory defect' -> airflow_obstruction. Traps: target 5,784 mg; 'up to 600 units per dose' "
        "and policy criteria in the Cigna letter; registration 07:41, weight 07:50, reconstitution 08:05-08:14, PIV 08:10, "
        "second check 08:16, vitals 08:20/08:40/09:05, discharge 09:12, signature 09:58; 275 mL, 7.7 mL/min; "
        "montelukast 10 mg, fexofenadine 180 mg; elastography 6.2 kPa; IgA 154 mg/dL; offspring/sister."
    ),
}
