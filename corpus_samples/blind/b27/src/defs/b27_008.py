"""b27-008: medicaid, 2 gaps. Styles (3) telephone prior-authorization call log (auth number among
call references, case and fax numbers) and (1) SOAPIE nursing note (infusion in I, response in
E, no stop time). Aralast NP 4 x 1 g = 4,000 mg; J2252 4000 JZ (1 mg per unit per the guide)."""

CHART_ID = "b27-008"
DOS = "2026-02-05"
PAYER = {"profile": "medicaid", "name": "Riverbend Health Partners (Medicaid managed care)"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "J2252", "units": 4000, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
]

D1 = """
SOAPIE NOTE - OUTPATIENT INFUSION              Riverbend Community Hospital, OPI Room 3
Date: 02/05/2026     Pt: BRANNIGAN, SHAYLA R     DOB 11/23/1978     MRN RCH-6620914
RN: Oluwaseun Adebayo, RN        Ordering: Theodore Mancuso, DO (Pulmonary)

S - Here for weekly Aralast. States she is "still smoking about half a pack a day,
    down from a pack" and wants to try the patch again. Some morning cough, clear
    sputum. Denies fever, chest pain, hemoptysis. No missed infusions since last visit.

O - 0931 T 36.4  P 88  R 18  BP 128/82  SpO2 93% RA.  Wt 68.0 kg (chair scale).
    Expiratory wheeze scattered bilat, good air entry. Skin warm/dry. No edema.
    Smells of smoke.

A - 1. Alpha-1 antitrypsin deficiency, PI*ZZ, on augmentation - cleared for dose.
    2. Emphysema - at baseline, no s/s of exacerbation.
    3. Tobacco use disorder - current smoker, interested in quitting.

P - Aralast NP 60 mg/kg IV (pharmacy verified 4,000 mg = 4 x 1 g vials).
    Premed acetaminophen per order. Cessation counseling and quitline referral.

I - 0958 PIV 22g L forearm, flushed w/o resistance.
    1005 Acetaminophen 650 mg PO given.
    1022 Aralast NP 4,000 mg IV infusion begun on pump at 5 mL/min.
         4 x 1 g vials, lot LE25C311, exp 12/31/2027 - all four reconstituted and
         infused completely; no drug wasted.
    1040 Rate unchanged, pt reading, no complaints.
    Tobacco cessation counseling 8 min (5 A's); nicotine patch 14 mg Rx request
    sent to Dr. Mancuso; quitline referral faxed (conf 5513-0205).

E - Infusion completed over about 45 minutes with no flushing, hives or dyspnea.
    1110 VS T 36.5 P 84 BP 124/78 SpO2 94%. PIV removed intact.
    Pt says since the weekly infusions started (2024) she has had less morning
    cough and no ER visits this winter, vs two ER visits last winter.
    Verbalized quit date 02/15. Discharged ambulatory 1120. Next infusion 02/12.

O. Adebayo, RN   02/05/2026 11:34
"""

D2 = """
PRIOR AUTHORIZATION PHONE LOG                 Mancuso Pulmonary & Critical Care
Patient: BRANNIGAN, SHAYLA R        DOB 11/23/1978
Plan: Riverbend Health Partners - Medicaid        Member ID RHP 77430129-A
Requested: Aralast NP (J2252 per plan fee schedule), 60 mg/kg IV q7d x 26 weeks
Dx: E88.01 / J43.9                Servicing: Riverbend Community Hospital OPI
Logged by: Carla Menendez, PA coordinator

12/29/25 0915  Called RHP UM 1-888-555-0163, opt 3. Rep: Shawn. Ref #: 1229-UM-004417.
               Told renewal needs clinicals faxed w/ plan form; 15 business-day TAT.
12/29/25 1130  Faxed form + 12/17 OV note + labs + PFTs to 1-888-555-0170.
               Fax confirmation #: RCF88210-1229. 9 pages. Tracking #: TRK-66120.
01/07/26 1402  Status check. Rep: Priya. Ref #: 0107-UM-009813.
               Case #: 26-UM-000571. Clinical reviewer asked smoking status -
               told per Dr. Mancuso pt is a current smoker, enrolled in quit program.
               Rep says MCO requires cessation counseling documented each visit.
01/12/26 1010  Faxed counseling documentation. Fax conf #: RCF88410-0112.
01/16/26 1545  Status: APPROVED. Rep: Denise (ext 4120). Ref #: 0116-UM-012266.
               Authorization #: RB2601-448302
               Valid 01/19/2026 - 07/18/2026, 26 visits, J2252 up to 6,000 units/visit.
               Case #26-UM-000571 closed. Letter mailed to pt + faxed to office.
01/16/26 1602  Entered auth # in scheduling notes; OPI scheduler (Lynn) notified.
"""

D3 = """
TRI-COUNTY LAB SERVICES                                  FINAL
Patient: Brannigan, Shayla R     DOB 11/23/1978     Specimen: serum, EDTA
Ordered by: T. Mancuso, DO      Collected 09/18/2020 09:12    Reported 09/26/2020

TEST                          RESULT       FLAG   REF RANGE
A1AT, serum                   22 mg/dL     L      90-200 mg/dL
A1AT genotype (S/Z PCR)       ZZ           A      Negative for S and Z
Comment: Homozygous Z (PI*ZZ) - severe alpha-1 antitrypsin deficiency.
Verified: M. Ruiz, MLT   09/26/2020 15:05
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-02-05", "text": D1},
    {"id": "d2", "type": "other", "date": "2026-01-16", "text": D2},
    {"id": "d3", "type": "lab_report", "date": "2020-09-26", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "Alpha-1 antitrypsin deficiency, PI*ZZ, on augmentation"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d3", "_ev": "Homozygous Z (PI*ZZ)"},
    {"kind": "serum_aat", "value": 22, "unit": "mg/dL", "_doc": "d3", "_ev": "22 mg/dL     L"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Emphysema - at baseline"},
    {"kind": "weight", "value": 68.0, "unit": "kg", "value_kg": 68.0, "_date": "2026-02-05", "_doc": "d1", "_ev": "Wt 68.0 kg (chair scale)"},
    {"kind": "dose", "value": 4000, "_doc": "d1", "_ev": "1022 Aralast NP 4,000 mg IV infusion begun"},
    {"kind": "wastage", "value": 0, "_doc": "d1", "_ev": "all four reconstituted and\n         infused completely; no drug wasted"},
    {"kind": "lot_number", "value": "LE25C311", "_doc": "d1", "_ev": "lot LE25C311, exp 12/31/2027"},
    {"kind": "expiration_date", "value": "2027-12-31", "_doc": "d1", "_ev": "lot LE25C311, exp 12/31/2027"},
    {"kind": "infusion_start", "value": "10:22", "_doc": "d1", "_ev": "1022 Aralast NP 4,000 mg IV infusion begun"},
    {"kind": "response_to_therapy", "_doc": "d1", "_ev": "since the weekly infusions started (2024) she has had less morning\n    cough and no ER visits this winter"},
    {"kind": "prior_authorization", "value": "RB2601-448302", "_doc": "d2", "_ev": "Authorization #: RB2601-448302"},
    {"kind": "smoking_status", "value": "current", "_doc": "d1", "_ev": "current smoker, interested in quitting"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "1022 Aralast NP 4,000 mg IV infusion begun"},
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
    "wastage_documented": "met",
    "lot_number": "met",
    "expiration_date": "met",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "met",
    "smoking_status": "conflict",
}

ARITH = {
    "dos": "2026-02-05",
    "weight": {"value": 68.0, "unit": "kg", "kg": 68.0, "date": "2026-02-05"},
    "dose_mg": 4000,
    "target_mg": 4080.0,
    "tolerance_mg": 408.0,
    "deviation_pct": -1.96,
    "within_tolerance": True,
    "code": "J2252",
    "billing_unit_mg": 1,
    "units_expected": 4000,
    "units_billed": 4000,
    "waste_mg": 0,
    "jw_units_expected": 0,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-12-31"],
    "expiration_ok": True,
}

NOTES = """
Gaps: smoking_status conflict (current smoker, 1/2 ppd; the call log repeats it); infusion_times
missing (start 1022; "completed over about 45 minutes" is a duration; 1040 rate check, 1110 VS and
1120 discharge are not stop times). Authorization number RB2601-448302 sits in the call log among
Ref # 1229-UM-004417 / 0107-UM-009813 / 0116-UM-012266, case 26-UM-000571, tracking TRK-66120 and
fax confirmations; the chart field is empty. J2252 at 1 mg/unit per the guide's code table (facts.md
notes the CMS descriptor is midazolam). Traps: "J2252 up to 6,000 units/visit" (auth limit),
acetaminophen 650 mg, nicotine patch 14 mg (requested), quitline fax conf, quit date 02/15
(planned), reference "Negative for S and Z", VS/PIV times, last winter's ER visits.
"""
