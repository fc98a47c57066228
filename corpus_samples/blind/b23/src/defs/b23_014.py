"""b23-014: commercial, gaps: fev1_range conflict (FEV1 22 % predicted, below 25), wastage_documented
conflict (JW line on a commercial claim, which does not reimburse waste). Styles (2) NP-dictated
procedure note and (5) the health plan's telephonic nurse case-manager record. Aralast NP
5 x 1,000 + 1 x 500 mg, 5,200 mg given, 300 mg wasted; J0256 520 + JW 30."""

CHART_ID = "b23-014"
DOS = "2026-01-20"
PAYER = {"profile": "commercial", "name": "Great Lakes Employers Health Plan (PPO)"}
PRIOR_AUTH = "GLE-RX-2025-77120"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 520, "modifiers": []},
    {"hcpcs": "J0256", "units": 30, "modifiers": ["JW"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
NORTHSHORE CHEST ASSOCIATES - AMBULATORY INFUSION
PROCEDURE NOTE

NAME: KRISTIANSEN, WALTER H.       DOB: 02/27/1965       MRN: NCA-064419
DATE: 01/20/2026                    ROOM: Infusion bay 2
PROVIDER: Maribel Ochoa-Stanton, MSN, ACNP-BC (dictating)
PHYSICIAN: Leopold Fairbanks, MD

PROCEDURE: Weekly IV augmentation with Aralast NP (alpha-1 proteinase inhibitor, human).

INDICATION: Alpha-1 antitrypsin deficiency, PI*ZZ (genotype 2011, serum 5.1 uM), severe
panlobular emphysema with chronic hypercapnic respiratory failure on nocturnal NIV. Spirometry
12/02/2025: FEV1 0.71 L, 22% of predicted, FEV1/FVC 0.29 - now on the lung transplant list
(listed 11/2025, LAS pending). Never smoker. Augmentation continued pre-transplant per Dr.
Fairbanks and the transplant team.

CONSENT: Annual consent signed 06/2025. Patient reaffirmed consent verbally today.

PRE-PROCEDURE ASSESSMENT: Weight 86.3 kg (wheelchair scale, chair tared). T 36.9, HR 92, BP 138/84,
RR 22, SpO2 90% on 3 L NC at 0755. Baseline accessory muscle use, speaks full sentences. No fever,
sputum at baseline (white). Last exacerbaton 08/2025. He feels augmentation has kept him
out of the hospital since the summer and his exercise tolerance has held in pulmonary rehab;
decline in FEV1 has been about 40 mL/yr on therapy vs about 110 mL/yr before - we continue to see
benefit.

DESCRIPTION: 22 g PIV R antecubital at 0809 (2 attempts). Pharmacy prepared Aralast NP five 1 g
vials and one 500 mg vial (5,500 mg) for an ordered dose of 60 mg/kg, calculated 5,178 mg and
rounded to 5,200 mg. Lots LE25D330 (1 g) exp 2027-03-31 and LE25C117 (500 mg) exp 2026-12-31.
Aralast NP 5,200 mg infused IV through in-line filter, pump rate up to 0.08 mL/kg/min; infusion
started 0821 and stopped 0930. 5,200 mg given. Remaining 300 mg (15 mL) wasted in pharmacy,
co-signed by RPh D. Haskins.

COMPLICATIONS: None. Transient SpO2 88% with position change, recovered to 91% on 3 L.

DISPOSITION: Observed 20 minutes. PIV out 0952. Left with wife at 1000 via wheelchair to car.
Next infusion 01/27/2026. If transplant offer comes, augmentation will be stopped at the time of
transplant per protocol.

Dictated: M. Ochoa-Stanton, ACNP  01/20/2026 11:48     Transcribed: 01/20/2026 15:10 (JL)
"""

D2 = """
GREAT LAKES EMPLOYERS HEALTH PLAN - CASE MANAGEMENT RECORD (copy for treating provider)
Member: KRISTIANSEN, WALTER H    DOB 02/27/1965    ID GLE-004418920-01
Program: Transplant & Complex Pulmonary Case Management     CM: Joanne Petrakis, RN, CCM
Faxed to Northshore Chest 01/16/2026 at provider request

06/18/2025  Telephonic - initial assessment (34 min)
  Member reported: on Aralast NP since 2012, 3 exacerbations in 2024, uses 2-3 L O2 24/7.
  Never smoked. Wife is caregiver. Interested in transplant evaluation.
  Plan authorization: Aralast NP weekly reauthorized, auth GLE-RX-2025-77120, 07/01/2025 -
  06/30/2026, site of care Northshore Chest infusion. Plan pays administered units only; drug
  wastage (JW) is not separately reimbursed under the member's plan.
  Next review: 09/2025.

09/22/2025  Telephonic (15 min)
  Member reported: ED visit 08/2025 for exacerbation, treated and released. Completed transplant
  evaluation at University Hospital, "waiting on the committee."
  Next review: 12/2025.

12/08/2025  Telephonic (19 min)
  Member reported: listed for lung transplant 11/2025. Breathing "about the same." Asked whether
  augmentation continues after transplant - explained this is decided by the transplant team.
  Criteria reminder to provider for 06/2026 reauthorization: FEV1 between 25% and 80% predicted
  or documented rationale; continued non-smoking; clinical benefit attestation.
  Next review: 03/2026.

01/14/2026  Inbound call from member (6 min)
  Requested copy of CM notes for his infusion provider; faxed 01/16. No new concerns.
"""

D3 = """
CENTRAL STATES MOLECULAR LABORATORY
Alpha-1 Antitrypsin Genotype and Level                       Report date: 03/30/2011
Patient: Kristiansen, Walter H    DOB 02/27/1965     Ordering: L. Fairbanks, MD

Alpha-1-antitrypsin, serum ............... 5.1 uM           (normal 20-53 uM)
Genotype (allele-specific PCR):
  S allele (PI*S, Glu264Val) ............ not detected
  Z allele (PI*Z, Glu342Lys) ............ detected, HOMOZYGOUS
RESULT: PI*ZZ
Comment: Consistent with severe alpha-1 antitrypsin deficiency. Null and rare alleles are not
detected by this assay. Offer testing to siblings and children.
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-01-20", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-01-16", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2011-03-30", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "INDICATION: Alpha-1 antitrypsin deficiency, PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "RESULT: PI*ZZ"},
    {"kind": "serum_aat", "value": 5.1, "unit": "uM", "_doc": "d3", "_ev": "5.1 uM           (normal 20-53 uM)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "severe\npanlobular emphysema"},
    {"kind": "fev1", "value": 22, "_doc": "d1", "_ev": "FEV1 0.71 L, 22% of predicted"},
    {"kind": "smoking_status", "value": "never", "_doc": "d1", "_ev": "Never smoker."},
    {"kind": "weight", "value": 86.3, "unit": "kg", "value_kg": 86.3, "_date": "2026-01-20", "_doc": "d1", "_ev": "Weight 86.3 kg (wheelchair scale"},
    {"kind": "dose", "value": 5200, "_doc": "d1", "_ev": "5,200 mg given."},
    {"kind": "wastage", "value": 300, "_doc": "d1", "_ev": "Remaining 300 mg (15 mL) wasted"},
    {"kind": "lot_number", "value": "LE25D330", "_doc": "d1", "_ev": "Lots LE25D330 (1 g)"},
    {"kind": "lot_number", "value": "LE25C117", "_doc": "d1", "_ev": "LE25C117 (500 mg)"},
    {"kind": "expiration_date", "value": "2027-03-31", "_doc": "d1", "_ev": "LE25D330 (1 g) exp 2027-03-31"},
    {"kind": "expiration_date", "value": "2026-12-31", "_doc": "d1", "_ev": "LE25C117 (500 mg) exp 2026-12-31"},
    {"kind": "infusion_start", "value": "08:21", "_doc": "d1", "_ev": "infusion\nstarted 0821"},
    {"kind": "infusion_end", "value": "09:30", "_doc": "d1", "_ev": "stopped 0930"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "He feels augmentation has kept him\nout of the hospital since the summer"},
    {"kind": "prior_authorization", "value": "GLE-RX-2025-77120", "_doc": "d2", "_ev": "auth GLE-RX-2025-77120"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "Aralast NP 5,200 mg infused"},
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
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "met",
    "fev1_range": "conflict",
}

ARITH = {
    "dos": "2026-01-20",
    "weight": {"value": 86.3, "unit": "kg", "kg": 86.3, "date": "2026-01-20"},
    "dose_mg": 5200,
    "target_mg": 5178.0,
    "tolerance_mg": 517.8,
    "deviation_pct": 0.42,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 520,
    "units_billed": 520,
    "waste_mg": 300,
    "jw_units_expected": 30,
    "jw_units_billed": 30,
    "modifiers": [],
    "expirations": ["2027-03-31", "2026-12-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: fev1_range conflict (FEV1 22 % predicted, below the commercial 25-80 range; the only FEV1 %);
wastage_documented conflict (commercial claim with a JW line, even though the JW count 30 matches
the 300 mg documented and the plan's CM note says waste is not reimbursed). Traps: vial makeup
5,500 mg, calculation 5,178 mg, 15 mL, CM policy text "FEV1 between 25% and 80%", member-reported
exacerbation counts and O2 use, FEV1 0.71 L and mL/yr declines, lab normal 20-53 uM, "S not
detected", vitals at 0755, PIV 0809/0952, departure 1000, dictation times, hypothetical stop at
transplant, next infusion 01/27, LAS. The 500 mg lot expires 2026-12-31, after the DOS (met).
"""
