"""b23-002: medicaid, gaps: wastage_documented conflict (JW 50 billed, 150 mg documented -> 15),
prior_authorization missing (renewal pending, no number). Styles (2) NP-dictated procedure note and
(6) pharmacy dose reconciliation CSV with merged cells exported on the first row only.
Aralast NP 3,850 mg, J0256 385 + JW 50."""

CHART_ID = "b23-002"
DOS = "2026-01-22"
PAYER = {"profile": "medicaid", "name": "Healthy Horizons Medicaid MCO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 385, "modifiers": []},
    {"hcpcs": "J0256", "units": 50, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
CEDAR VALLEY PULMONARY & INFUSION
PROCEDURE NOTE

PATIENT: TEBBE, ROSALIND A.          DOB: 04/17/1967        MRN: CV-2210457
DATE OF PROCEDURE: 01/22/2026
PERFORMED BY: Corinne Walsh-Adebayo, APRN, FNP-C
SUPERVISING PHYSICIAN: Dev Raghunathan, MD

PROCEDURE: Intravenous augmentation infusion, alpha-1 proteinase inhibitor (human), Aralast NP,
weekly dose.

INDICATION: Severe alpha-1 antitrypsin deficiency, genotype Z/null (PI*Z with Q0granite falls on
sequencing, 2023), with panlobular emphysema, basilar predominant (CT 03/2023) and obstructive
ventilatory defect, FEV1 39% predicted in 11/2025. Never smoker. Last week's infusion on 01/15 was
stopped early for urticaria, see below.

CONSENT: Standing consent for weekly augmentation on file, signed 11/04/2024. Risks including
hypersensitivity, infusion reaction and the theoretical infectious risk of a plasma-derived product
were re-reviewed verbally today given last week's reaction. Pt verbalized understanding and
wishes to proceed.

PRE-PROCEDURE ASSESSMENT: Weight 64.2 kg on clinic scale, shoes off. Vitals at 1005: BP 118/74,
HR 82, RR 18, T 36.8, SpO2 92% on room air. Skin without residual hives, no angioedema. Lungs with
scattered expiratory wheeze R>L which she says is her baseline. Denies fever, new cough or sputum
change. IgA normal in 2023 (186 mg/dL). Premedicated per protocol after the 01/15 reaction with
cetirizine 10 mg PO and acetaminophen 650 mg PO at 1008. Diphenhydramine 25 mg IV ordered PRN, not
needed.

DESCRIPTION: 22 g PIV right forearm placed by RN at 1012, flushed without difficulty. Dose ordered
as 60 mg/kg x 64.2 kg = 3,852 mg, rounded by pharmacy to 3,850 mg. Pharmacy dispensed Aralast NP
three 1 g vials and two 500 mg vials (4,000 mg), reconstituted into 2 bags, lot numbers LE25C210
(1 g x3) and LE25B047 (500 mg x2), expiration dates on the pharmacy recon sheet. Infusion of
Aralast NP 3,850 mg IV through an in-line filter started at 1024 at 2.5 mL/min for 15 minutes, then
increased to 5 mL/min as tolerated, and was completed at 1109. Total given 3,850 mg. The remaining
150 mg in the second bag was discarded by the RN with pharmacy witness and entered on the recon.

COMPLICATIONS: None. No urticaria, flushing or change in wheeze during or in the 30 minutes after
the infusion. By contrast, on 01/15 she developed generalized hives at about 3.5 g; the infusion
was stopped and she recieved diphenhydramine 25 mg IV with resolution.

DISPOSITION: Observed 30 minutes post infusion. PIV removed at 1142, catheter intact. Discharged
ambulatory at 1146 with her husband, in stable condition. Next infusion 01/29/2026 with the same
premeds. If hives recur despite premeds, will discuss a switch to Prolastin-C Liquid or Glassia
with Dr. Raghunathan.

INTERVAL / RESPONSE: She says she "can keep up with the grandkids again"; exertional tolerance is
stable to better over the past year of weekly Aralast NP and she has had no exacerbation since
10/2025. We consider her to be responding to augmentation and will continue.

AUTHORIZATION: Healthy Horizons authorization renewal submitted 01/09/2026, decision pending.
Referral #RF-22817 on file. Daughter (38) tested PI*MZ, level 102 mg/dL - carrier counseling done.

Dictated by: Corinne Walsh-Adebayo, APRN   01/22/2026 15:40
Transcribed by: mlk   01/23/2026 08:12
"""

D2 = """
A1PI_DoseRecon_2026-01.xlsx -- sheet "Recon" -- exported to CSV 01/30/2026 17:05 (user jholloway)
filter: MRN = CV-2210457 ; product family = A1PI
** merged cells export on the first row of each group only; blank = same as above **

Waste_mg,Vial_Lot,Vial_Exp,Vial_mg,Admin_mg,DOS,Disp_mg,Patient,MRN,Payer / Auth,Product,RPh,Comment
150,LE25A113,06/30/2027,1000,3850,01/08/2026,4000,"TEBBE, ROSALIND A",CV-2210457,Healthy Horizons MCD - auth renewal pending,ARALAST NP,JH,
,LE25A113,06/30/2027,1000,,,,,,,,,
,LE25A113,06/30/2027,1000,,,,,,,,,
,LE25B047,03/31/2027,500,,,,,,,,,
,LE25B047,03/31/2027,500,,,,,,,,,
500,LE25A113,06/30/2027,1000,3500,01/15/2026,4000,,,,ARALAST NP,JH,stopped ~3.5 g for urticaria per RN; remainder wasted
,LE25A113,06/30/2027,1000,,,,,,,,,
,LE25A113,06/30/2027,1000,,,,,,,,,
,LE25B047,03/31/2027,500,,,,,,,,,
,LE25B047,03/31/2027,500,,,,,,,,,
150,LE25C210,09/30/2027,1000,3850,01/22/2026,4000,,,,ARALAST NP,TPR,premed cetirizine/APAP
,LE25C210,09/30/2027,1000,,,,,,,,,
,LE25C210,09/30/2027,1000,,,,,,,,,
,LE25B047,03/31/2027,500,,,,,,,,,
,LE25B047,03/31/2027,500,,,,,,,,,
,,,,,01/29/2026,,,,,ARALAST NP,,scheduled - not yet dispensed
800,,,,11200,TOTAL JAN,12000,,,,,,
"""

D3 = """
GENOMIC & REFERENCE LABORATORIES OF THE MIDWEST
MOLECULAR GENETICS REPORT                                  Final report date: 03/02/2023
Patient: Tebbe, Rosalind A   DOB 04/17/1967   Sex F   MRN CV-2210457
Ordering: Dev Raghunathan, MD     Specimen: whole blood EDTA + serum, collected 02/14/2023

SERUM
  Alpha-1-antitrypsin (immunonephelometry) ......... 19 mg/dL   L   [90-200]

SERPINA1 TARGETED GENOTYPING (S and Z alleles)
  PI*S  c.863A>T (p.Glu288Val; legacy Glu264Val) ... not detected
  PI*Z  c.1096G>A (p.Glu366Lys; legacy Glu342Lys) .. DETECTED
  Comment: result discordant with the very low serum level; reflexed to full gene sequencing.

SERPINA1 FULL GENE SEQUENCING (reflex)
  Variant 1: c.1096G>A, p.Glu366Lys (PI*Z) ............ heterozygous   Pathogenic
  Variant 2: c.552delC, p.Tyr184Thrfs*22 (Q0granite falls) heterozygous  Pathogenic

INTERPRETATION
  Compound heterozygous PI*Z / PI*Q0granite falls (Z/null). The null allele produces no
  circulating protein, so the phenotype resembles Z on isoelectric focusing. This genotype is
  associated with severe alpha-1 antitrypsin deficiency and risk of early emphysema. Testing of
  first-degree relatives is recommended.

  Reference genotype for this assay: MM (no S or Z detected).
  Electronically signed: Harriet Oduya, PhD, FACMG, Laboratory Director
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-01-22", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-01-30", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2023-03-02", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Severe alpha-1 antitrypsin deficiency"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d3", "_ev": "Compound heterozygous PI*Z / PI*Q0granite falls (Z/null)"},
    {"kind": "serum_aat", "value": 19, "unit": "mg/dL", "_doc": "d3", "_ev": "19 mg/dL   L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "panlobular emphysema, basilar predominant"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d1", "_ev": "obstructive\nventilatory defect"},
    {"kind": "fev1", "value": 39, "_doc": "d1", "_ev": "FEV1 39% predicted"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Never smoker."},
    {"kind": "weight", "value": 64.2, "unit": "kg", "value_kg": 64.2, "_date": "2026-01-22", "_doc": "d1", "_ev": "Weight 64.2 kg on clinic scale"},
    {"kind": "dose", "value": 3850, "_doc": "d1", "_ev": "Total given 3,850 mg."},
    {"kind": "wastage", "value": 150, "_doc": "d1", "_ev": "150 mg in the second bag was discarded"},
    {"kind": "lot_number", "value": "LE25C210", "_doc": "d1", "_ev": "LE25C210\n(1 g x3)"},
    {"kind": "lot_number", "value": "LE25B047", "_doc": "d1", "_ev": "LE25B047 (500 mg x2)"},
    {"kind": "expiration_date", "value": "2027-09-30", "_doc": "d2", "_ev": ",LE25C210,09/30/2027,1000,3850,01/22/2026"},
    {"kind": "expiration_date", "value": "2027-03-31", "_doc": "d2", "_ev": ",LE25B047,03/31/2027,500,,,,,,,,,\n,,,,,01/29/2026"},
    {"kind": "infusion_start", "value": "10:24", "_doc": "d1", "_ev": "started at 1024"},
    {"kind": "infusion_end", "value": "11:09", "_doc": "d1", "_ev": "was completed at 1109"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "We consider her to be responding to augmentation and will continue."},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "Aralast NP,\nweekly dose"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "met",
    "dose_matches_weight": "met",
    "units_match_dose": "met",
    "wastage_documented": "conflict",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "met",
    "response_to_therapy": "met",
    "prior_authorization": "missing",
    "code_selection": "met",
    "smoking_status": "met",
}

ARITH = {
    "dos": "2026-01-22",
    "weight": {"value": 64.2, "unit": "kg", "kg": 64.2, "date": "2026-01-22"},
    "dose_mg": 3850,
    "target_mg": 3852.0,
    "tolerance_mg": 385.2,
    "deviation_pct": -0.05,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 385,
    "units_billed": 385,
    "waste_mg": 150,
    "jw_units_expected": 15,
    "jw_units_billed": 50,
    "modifiers": [],
    "expirations": ["2027-09-30", "2027-03-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: wastage_documented conflict (150 mg discarded -> JW 15; claim carries JW 50, which is the
01/15 partial-infusion waste of 500 mg); prior_authorization missing (renewal pending, no number;
referral #RF-22817 is not an authorization). Merged-cell CSV: vial rows below the 01/22 group row
belong to 01/22, so the 500 mg vials' lot LE25B047 exp 03/31/2027 is on the DOS. Traps: 01/08 and
01/15 groups (lots LE25A113, 3500 mg given, waste 500), 01/29 scheduled row, January totals
(800/11200/12000), dispensed 4,000 mg, calculation 3,852 mg, vial sizes, 01/15 hives at ~3.5 g,
cetirizine/acetaminophen/diphenhydramine doses and times, vitals 1005, PIV 1012/1142, discharge
1146, dictation/transcription times, hypothetical switch to Prolastin-C Liquid or Glassia, daughter
PI*MZ 102 mg/dL, IgA 186 mg/dL, reference genotype MM, "heterozygous" variant lines inside a Z/null
report (no M allele), targeted genotyping "Z detected" alone (resolved by sequencing to Z/null).
"""
