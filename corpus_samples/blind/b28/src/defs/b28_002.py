"""b28-002: medicaid, 2 gaps. Style (3) interdisciplinary team note (RT, RN, pharmacist, physician
paragraphs, each signed) + 2022 sequencing report. Aralast NP 4,310 mg drawn from 4,500 mg reconstituted,
190 mg discarded, but the claim carries J0256 431 JZ. Patient is a current smoker."""

CHART_ID = "b28-002"
DOS = "2026-02-24"
PAYER = {"profile": "medicaid", "name": "Riverbend Health Plan (State Medicaid MCO)"}
PRIOR_AUTH = "MCD-2611087"
CLAIM_LINES = [
    {"hcpcs": "J0256", "units": 431, "modifiers": ["JZ"]},
    {"hcpcs": "96365", "units": 1, "modifiers": []},
    {"hcpcs": "94640", "units": 1, "modifiers": []},
]

D1 = """
RIVERBEND COMMUNITY HOSPITAL - INTERDISCIPLINARY TEAM NOTE
Unit: Ambulatory Infusion / Pulmonary Day Program               Date: 02/24/2026
Patient: DELACROIX, TANYA R     MRN RCH-2204517     DOB 09/03/1973 (52 F)
Payer: State Medicaid (Riverbend Health Plan MCO)
Conference topic: weekly A1PI visit + tobacco-treatment follow-up
--------------------------------------------------------------------------------------------
RESPIRATORY THERAPY
0840 Pt seen pre-infusion. SpO2 91% RA at rest, 88% after two laps of the hallway, back to 91%
in 90 sec. Albuterol/ipratropium neb given 0845 for chest tightness; fewer end-expiratory wheezes
afterward. Exhaled CO 14 ppm (16 ppm on 02/10). Pt is a current smoker, about 6 cigarettes/day,
down from a pack a day in the fall; husband smokes inside the home. Reviewed NRT - she has 14 mg
patches at home but "forgets" to put them on. Quitline referral re-sent. Trelegy technique OK.
                                          -- K. Osei, RRT   02/24/2026 0905
--------------------------------------------------------------------------------------------
PHARMACY
Order: Aralast NP 60 mg/kg IV weekly. Order weight on file 73.4 kg (clinic 01/27) -> 4,404 mg.
RN weight today 71.8 kg -> re-dosed per protocol to 4,308 mg, rounded to 4,310 mg.
Compounded 0850: reconstituted 4 x 1,000 mg vials (lot LA26A118, exp 06/30/2027) + 1 x 500 mg
vial (lot LB25K441, exp 11/30/2026) = 4,500 mg in 225 mL; drew 4,310 mg (215.5 mL) into bag.
Discarded remainder 190 mg (9.5 mL) of the 500 mg vial to hazardous-drug waste, witnessed by
J. Tran, CPhT. Single-dose vials, not usable for another patient.
Medicaid PA MCD-2611087 verified active through 08/31/2026.
                                          -- A. Haddad, PharmD   02/24/2026 0852
--------------------------------------------------------------------------------------------
NURSING
Wt today 71.8 kg (standing, shoes off). T 36.9  BP 118/72  HR 88  RR 18. 24G PIV R hand 0901.
Aralast NP 4,310 mg IV (215.5 mL) via 5 micron filter started 0912, ~0.08 mL/kg/min, infusion
complete 0941. Lots per pharmacy label: LA26A118 (1 g x4), LB25K441 (0.5 g x1). No flushing,
rash or dyspnea; VS q15 min stable. PIV d/c 1010, tip intact. Discharged with daughter 1015.
Next visit 03/03/2026 0830.
                                          -- M. Ferreira, RN   02/24/2026 1018
--------------------------------------------------------------------------------------------
PHYSICIAN
S: Seen in the chair after the infusion (1000). Mild DOE on her apartment stairs, unchanged.
No exacerbation since the one in 07/2025 that needed prednisone. Still smoking; says the
holidays were hard.
O: Wt 73.4 kg at the 01/27 clinic visit (today's RN weight 71.8 kg). Lungs diminished at the
bases, no wheeze after neb. FEV1 on 01/27: 1.12 L, 38% predicted.
A/P:
1. AATD, PI*Z/null (Z / Q0granite falls on 2022 sequencing), pretreatment AAT 19 mg/dL.
   Doing well on augmentation - exacerbations down from 3 in 2024 to 1 in the last 12
   months, FEV1 steady (39% predicted a year ago). Continue Aralast NP weekly.
2. Emphysema (CT 2022: panacinar, basilar) / COPD - Trelegy, albuterol prn.
3. Tobacco use, current - counseled 4 min; start varenicline 0.5 mg daily x3 days, then
   0.5 mg bid x4 days, then 1 mg bid; quit date 03/10.
4. Weight down 1.6 kg in 4 weeks - she blames appetite; recheck next visit.
                                          -- L. Brennan, MD   02/24/2026 1032
"""

D2 = """
CASCADE GENOMICS LABORATORY    SERPINA1 FULL GENE SEQUENCING + DEL/DUP
Patient: Tanya R. Delacroix    DOB 09/03/1973    Sex F    Accession MG22-0871143
Ordering: L. Brennan, MD (Riverbend Pulmonary)    Collected 05/11/2022    Reported 06/02/2022
Indication: emphysema at age 48; low serum AAT

RESULT: TWO PATHOGENIC VARIANTS IDENTIFIED
  Gene      Variant                       Protein               Zygosity        Classification
  SERPINA1  c.1096G>A                     p.Glu366Lys (Z)       heterozygous    Pathogenic
  SERPINA1  c.552delC                     p.Tyr184Thrfs*22      heterozygous    Pathogenic
            (Q0granite falls null allele)

Interpretation: This individual is compound heterozygous for the Z allele and the
Q0granite falls null allele (PI*Z/Q0granite falls), consistent with severe alpha-1
antitrypsin deficiency. Null alleles are not detected by phenotyping (IEF) and an IEF result
on this patient would be expected to read as "Z".

Associated serum quantitation (same draw):
  Alpha-1 antitrypsin, nephelometry    19 mg/dL   (reference 100-190 mg/dL)     LOW

Family note: cascade testing recommended. Daughter (A.D., tested 03/2023 at this lab):
PI*MZ, AAT 84 mg/dL - carrier.
Methods: bidirectional Sanger/NGS of exons 2-5 and flanking introns; MLPA for deletions.
Electronically signed: R. Castellanos, PhD, FACMG   06/02/2022
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-02-24", "text": D1},
    {"id": "d2", "type": "lab_report", "date": "2022-06-02", "text": D2},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d1", "_ev": "AATD, PI*Z/null"},
    {"kind": "genotype", "alleles": ["Z", "NULL"], "_doc": "d2",
     "_ev": "compound heterozygous for the Z allele and the\nQ0granite falls null allele"},
    {"kind": "serum_aat", "value": 19, "unit": "mg/dL", "_doc": "d2",
     "_ev": "Alpha-1 antitrypsin, nephelometry    19 mg/dL"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d1", "_ev": "Emphysema (CT 2022: panacinar, basilar)"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d1", "_ev": "/ COPD - Trelegy"},
    {"kind": "weight", "value": 71.8, "unit": "kg", "value_kg": 71.8, "_date": "2026-02-24", "_doc": "d1",
     "_ev": "Wt today 71.8 kg (standing, shoes off)"},
    {"kind": "weight", "value": 73.4, "unit": "kg", "value_kg": 73.4, "_date": "2026-01-27", "_doc": "d1",
     "_ev": "Wt 73.4 kg at the 01/27 clinic visit"},
    {"kind": "dose", "value": 4310, "_doc": "d1", "_ev": "Aralast NP 4,310 mg IV (215.5 mL)"},
    {"kind": "wastage", "value": 190, "_doc": "d1", "_ev": "Discarded remainder 190 mg (9.5 mL)"},
    {"kind": "lot_number", "value": "LA26A118", "_doc": "d1", "_ev": "lot LA26A118, exp 06/30/2027"},
    {"kind": "lot_number", "value": "LB25K441", "_doc": "d1", "_ev": "lot LB25K441, exp 11/30/2026"},
    {"kind": "expiration_date", "value": "2027-06-30", "_doc": "d1", "_ev": "lot LA26A118, exp 06/30/2027"},
    {"kind": "expiration_date", "value": "2026-11-30", "_doc": "d1", "_ev": "LB25K441, exp 11/30/2026"},
    {"kind": "infusion_start", "value": "09:12", "_doc": "d1", "_ev": "started 0912"},
    {"kind": "infusion_end", "value": "09:41", "_doc": "d1", "_ev": "infusion\ncomplete 0941"},
    {"kind": "fev1", "value": 38, "_doc": "d1", "_ev": "FEV1 on 01/27: 1.12 L, 38% predicted"},
    {"kind": "fev1", "value": 39, "_doc": "d1", "_ev": "(39% predicted a year ago)"},
    {"kind": "response_to_therapy", "_doc": "d1",
     "_ev": "Doing well on augmentation - exacerbations down from 3 in 2024 to 1 in the last 12\n   months"},
    {"kind": "prior_authorization", "value": "MCD-2611087", "_doc": "d1", "_ev": "Medicaid PA MCD-2611087"},
    {"kind": "smoking_status", "value": "current", "_doc": "d1", "_ev": "Pt is a current smoker, about 6 cigarettes/day"},
    {"kind": "drug_product", "value": "Aralast NP", "_dos": True, "_doc": "d1", "_ev": "Aralast NP 4,310 mg IV"},
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
    "smoking_status": "conflict",
}

ARITH = {
    "dos": "2026-02-24",
    "weight": {"value": 71.8, "unit": "kg", "kg": 71.8, "date": "2026-02-24"},
    "dose_mg": 4310,
    "target_mg": 4308.0,
    "tolerance_mg": 430.8,
    "deviation_pct": 0.05,
    "within_tolerance": True,
    "code": "J0256",
    "billing_unit_mg": 10,
    "units_expected": 431,
    "units_billed": 431,
    "waste_mg": 190,
    "jw_units_expected": 19,
    "jw_units_billed": 0,
    "modifiers": ["JZ"],
    "expirations": ["2027-06-30", "2026-11-30"],
    "expiration_ok": True,
}

NOTES = """
Gaps: wastage_documented conflict (pharmacist documents 190 mg discarded from the single-dose 500 mg
vial; claim carries JZ and no JW line - expected JW 19); smoking_status conflict (RRT and MD both document
current smoking). IDT values that disagree but resolve: order weight 73.4 kg (01/27) vs RN weight 71.8 kg
today (nearest the DOS governs); order dose 4,404 mg and re-dosed calc 4,308 mg vs 4,310 mg given.
Traps: neb 0845, PIV 0901, PIV d/c 1010, discharge 1015, MD seen 1000, pharmacist compounding 0850 and
signature times; 4,500 mg reconstituted; varenicline doses; exhaled CO values; husband smokes; daughter
PI*MZ 84 mg/dL (family); next visit. Z/Q0granite falls -> [Z, NULL]; "heterozygous" rows of a two-variant
report add no M allele.
"""
