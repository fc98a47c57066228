"""b27-012: commercial, NEGATIVE CONTROL (PI*MZ carrier, never on A1PI). Styles (6) reference-lab
report with two specimens and a corrected AAT value (48 -> 84 mg/dL) and (3) telephone PA call
log for a Zemaira request that was denied and then withdrawn. Claim: spirometry 94060 only."""

CHART_ID = "b27-012"
DOS = "2025-12-09"
PAYER = {"profile": "commercial", "name": "Granite State Health Alliance PPO"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "94060", "units": 1, "modifiers": []},
]

D1 = """
NEW ENGLAND CLINICAL REFERENCE LABORATORIES               CORRECTED FINAL REPORT
Patient: MCALLISTER, JUNE P        DOB 02/11/1966    Sex F    Chart# GS-40019
Ordered by: Bartholomew Quince, MD (Concord Pulmonary)      Accession NE25-3108-0042
Received 11/04/2025   First reported 11/10/2025 12:06   Corrected 11/18/2025 09:41

SPECIMEN  TYPE               COLLECTED
   A      Serum (SST)        11/03/2025 08:12
   B      EDTA whole blood   11/03/2025 08:12

TEST                                  SPEC   RESULT        UNITS    REF RANGE     NOTE
Alpha-1-antitrypsin (nephelometric)    A     84            mg/dL    100-190       L, CORR
  (was reported 11/10/2025 as 48 mg/dL - see Correction)
C-reactive protein                     A     1.9           mg/L     <5.0
AAT phenotype (IEF)                    A     MZ                     MM            ABN
SERPINA1 targeted genotype             B     Z heterozygous; S not detected

CORRECTION (11/18/2025 09:41)
  The AAT value released 11/10/2025 (48 mg/dL) was keyed with its digits reversed.
  Instrument printout and repeat analysis of specimen A confirm 84 mg/dL. The earlier
  value is invalid and must not be used. Dr. Quince's office notified 11/18/2025 09:50
  (message left with Beth, returned call 10:20).

INTERPRETATION
  PI*MZ heterozygote (one Z allele, one normal M allele). Serum AAT mildly reduced.
  MZ individuals are carriers and are at increased risk only with smoking or other
  exposures; augmentation therapy is generally not indicated for the MZ genotype.
  Reference comment: severe deficiency (typically ZZ, Z/null) is associated with
  levels below 57 mg/dL (approx. 11 umol/L).

COMMENTS
  - Genotype assay detects S and Z only.
  - First-degree relatives may be offered testing.
Released by: P. Lindgren, MLS(ASCP)   Reviewed: A. Moreau, MD
"""

D2 = """
PRIOR AUTHORIZATION / PAYER CALL LOG            Concord Pulmonary Associates
Patient: McAllister, June P     DOB 02/11/1966
Plan: Granite State Health Alliance PPO     Member ID GSA-5571092-02   Group 70331
Request: Zemaira 60 mg/kg IV weekly (J0256) - ordered by Dr. Quince 11/12/2025
Dx on request: J43.2 centrilobular emphysema. AATD code not submitted - phenotype
was still pending when the request went in.
Staff: Rosalind Pike, referral/auth coordinator
-------------------------------------------------------------------------------------
11/13/25 10:20  Called GSHA pharmacy UM 1-855-555-0117. Rep: Gregory (ID 51920).
                Call ref 25111310-GS-88104. Fax request form + notes + AAT result.
11/13/25 13:47  Faxed 7 pp. Fax conf #: 1113-1347-NH-2291. Request ID RQ-7739015.
11/20/25 09:05  Status call. Rep: Teresa. Call ref 25112009-GS-90431.
                Request RQ-7739015 under review; reviewer has corrected lab (84 mg/dL)
                and MZ phenotype from the lab portal.
11/25/25 16:30  DENIAL received by fax. Denial letter ref DL-2025-448110, case
                UMC-25-1130027. Reason: MZ genotype and AAT above policy threshold
                (policy: PiZZ, PiZ(null), Pi(null,null) or other genotype with AAT
                < 11 umol/L). Appeal window 180 days. Peer-to-peer offered:
                1-855-555-0121, ref P2P-1130027.
11/26/25 08:40  Dr. Quince reviewed the corrected report - agrees MZ, no augmentation.
                Will NOT appeal. Called plan, rep Amara, call ref 25112608-GS-91877:
                request withdrawn. Pt informed by Dr. Quince at 12/09 visit.
-------------------------------------------------------------------------------------
"""

D3 = """
CONCORD PULMONARY ASSOCIATES - OFFICE VISIT
12/09/2025         Bartholomew Quince, MD
June P McAllister   59 y/o F

Reason: review alpha-1 testing; spirometry.
Hx: dyspnea on exertion x 2 yrs; CT 09/2025 mild centrilobular emphysema, upper lobes.
Former smoker, 28 pk-yr, quit 2020. Brother has alpha-1 antitrypsin deficiency (ZZ) and
has been on Prolastin-C since 2016, which is why she was tested.
Vitals: BP 128/80  HR 78  SpO2 95%  Wt 64.2 kg  Ht 160 cm
Spirometry today (post-BD): FEV1 1.52 L (58% pred), FVC 2.71 L (84% pred), ratio 0.56 -
  moderate airflow obstruction, minimal bronchodilator response.

Assessment:
 1. COPD with mild centrilobular emphysema, GOLD 2 - start umeclidinium/vilanterol.
 2. PI*MZ heterozygote (carrier; Z14.8). Corrected AAT 84 mg/dL. Augmentation is
    not indicated; the Zemaira request was withdrawn. Smoking abstinence reinforced.
 3. Daughter (31) and son (27) may be tested - pt will let them know.
Plan: pulmonary rehab referral; repeat spirometry in 12 months; flu vaccine today.
B. Quince, MD
"""

DOCS = [
    {"id": "d1", "type": "lab_report", "date": "2025-11-18", "text": D1},
    {"id": "d2", "type": "other", "date": "2025-11-26", "text": D2},
    {"id": "d3", "type": "progress_note", "date": "2025-12-09", "text": D3},
]

FINDINGS = [
    {"kind": "genotype", "alleles": ["M", "Z"], "_doc": "d1", "_ev": "PI*MZ heterozygote"},
    {"kind": "serum_aat", "value": 84, "unit": "mg/dL", "_doc": "d1", "_ev": "A     84            mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d3", "_ev": "mild centrilobular emphysema, upper lobes"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d3", "_ev": "COPD with mild centrilobular emphysema, GOLD 2"},
    {"kind": "lung_disease", "value": "airflow_obstruction", "_doc": "d3", "_ev": "moderate airflow obstruction"},
    {"kind": "weight", "value": 64.2, "unit": "kg", "value_kg": 64.2, "_date": "2025-12-09", "_doc": "d3", "_ev": "Wt 64.2 kg"},
    {"kind": "fev1", "value": 58, "_doc": "d3", "_ev": "FEV1 1.52 L (58% pred)"},
    {"kind": "smoking_status", "value": "former", "_doc": "d3", "_ev": "Former smoker, 28 pk-yr, quit 2020"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "missing",
    "genotype": "conflict",
    "serum_aat_level": "conflict",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "missing",
    "prior_authorization": "missing",
    "code_selection": "not_applicable",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "dos": "2025-12-09",
    "weight": {"value": 64.2, "unit": "kg", "kg": 64.2, "date": "2025-12-09"},
    "dose_mg": None,
    "target_mg": 3852.0,
    "tolerance_mg": 385.2,
    "deviation_pct": None,
    "within_tolerance": None,
    "code": None,
    "billing_unit_mg": None,
    "units_expected": None,
    "units_billed": None,
    "waste_mg": None,
    "jw_units_expected": None,
    "jw_units_billed": None,
    "modifiers": [],
    "expirations": [],
    "expiration_ok": None,
}

NOTES = """
NEGATIVE CONTROL: PI*MZ carrier, never given A1PI; the claim is spirometry 94060 only. Lab: the
first-released 48 mg/dL (digits reversed) is invalid; the corrected 84 mg/dL is the finding and
is above 57 mg/dL (conflict). IEF MZ and targeted genotype Z heterozygous/S not detected are the
same pair [M, Z]. No affirmed AATD diagnosis (carrier, Z14.8; "AATD code not submitted"). Call log:
call refs, request ID RQ-7739015, fax conf, denial letter ref DL-2025-448110, case UMC-25-1130027,
P2P ref - none is an authorization; the Zemaira request was denied and withdrawn (not a product
finding). Traps: brother ZZ on Prolastin-C (family); policy genotype list and 11 umol/L threshold
quoted in the denial; reference MM and 100-190; children may be tested; no response statement.
"""
