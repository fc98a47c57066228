"""b21-006: NEGATIVE CONTROL, commercial. Weekly Zemaira HELD (febrile COPD exacerbation); nebulizer
and E/M billed. Styles (3) bilingual Spanish/English US clinic + (6) 835 remittance for the prior week."""

CHART_ID = "b21-006"
DOS = "2026-03-05"
PAYER = {"profile": "commercial", "name": "Cigna Open Access Plus"}
PRIOR_AUTH = None
CLAIM_LINES = [
    {"hcpcs": "99214", "units": 1, "modifiers": ["25"]},
    {"hcpcs": "94640", "units": 1, "modifiers": []},
    {"hcpcs": "J7613", "units": 1, "modifiers": []},
]
STYLES = [3, 6]

D1 = """
CLINICA FAMILIAR LA ESPERANZA - Neumologia e Infusiones - Kissimmee, FL
NOTA DE ENFERMERIA / NURSING NOTE                   Fecha: 05/03/2026 (dd/mm/aaaa)
Paciente: Benitez Carrasquillo, Ramon E.   MRN LE-100482   Idioma preferido: espanol

Hora de llegada: 09:40. Viene para su infusion semanal de Zemaira.
Signos vitales 09:48: Temp 38,4 C   PA 134/82   FC 108   FR 24   SpO2 89 % aire ambiente
Peso: 70,2 kg (bascula de pie)
Subjetivo: "Desde el lunes tengo tos con flema verde y me falta mas el aire."
Usa albuterol cada 3-4 h. Niega dolor de pecho.
Enfermera notifico a Dra. Valentin 09:52. -> ORDEN: NO administrar Zemaira hoy
(fiebre + exacerbacion). Infusion SUSPENDIDA / HELD.
Vial de Zemaira ya dispensado por farmacia (lote P100587730, vence 01/2027) NO fue
reconstituido - devuelto a farmacia 10:05 sellado, acreditado al inventario. No se
administro Zemaira hoy.
Nebulizacion: albuterol 2,5 mg/3 mL 10:12 - 10:24, dosis completa. SpO2 post 92 %.
Muestra de esputo enviada. Radiografia de torax 10:40 (ver informe).
Educacion: tomar prednisona y doxiciclina segun receta, regresar si empeora.
Proxima infusion: 12/03/2026 si esta sin fiebre 48 h.   Alta 11:35.
Enf. Luz Marina Ortiz Vega, RN
"""

D2 = """
PROGRESS NOTE - PULMONOLOGY (bilingual visit; interpreter not needed, MD habla espanol)
Clinica Familiar La Esperanza    DOS 03/05/2026    Dra. Ines Valentin Soto, MD
Patient: Ramon E. Benitez Carrasquillo, 63 M

Reason: scheduled weekly A1PI infusion; presents febrile w/ increased dyspnea.

Background / Antecedentes: alpha-1 antitrypsin deficiency (AATD), PI*ZZ by genotyping
(2020, Quest); serum AAT 5,2 umol/L (0,28 g/L) at dx. Severe centrilobular and panlobular
emphysema; COPD GOLD 3, FEV1 41 % predicted (11/2025). Never smoker (worked 20 yr in a
cement plant). On Zemaira 60 mg/kg weekly since 2021. Cigna auth # CGX-2291047 (valid
thru 12/31/2026).
Respuesta a la terapia: hasta este episodio estaba estable - solo 1 exacerbacion en
2025, sin hospitalizaciones; FEV1 sin cambio significativo en 2 anos.

Today / Hoy: T 38.4 C, HR 108, RR 24, SpO2 89 % RA -> 92 % after neb. Coarse rhonchi R
base, no focal consolidation on CXR per my read (radiology pending).
Weight 70.2 kg.

A/P:
1. Acute exacerbation of COPD (J44.1), possible bacterial bronchitis.
   - Prednisone 40 mg PO daily x 5 d; doxycycline 100 mg PO BID x 7 d.
   - Albuterol neb given in clinic. Sputum cx pending.
2. AATD on augmentation: HOLD Zemaira today (febrile). Resume next week if afebrile
   x 48 h: planned dose ~4,200 mg (60 mg/kg x 70.2 kg = 4,212 mg).
3. Return precautions given. Call in 48 h. ED if SpO2 < 88 % at home or
   worsening dyspnea.
Sister has PI*MZ (tested 2021), niece PI*ZZ on Prolastin-C.
                                            I. Valentin Soto, MD
"""

D3 = """
835 REMITTANCE - PROVIDER COPY (text)      Cigna  Payer ID 62308
Payee: CLINICA FAMILIAR LA ESPERANZA LLC   NPI 1902287450
Check/EFT 0044817720   Issue date 03/03/2026
Patient: BENITEZ CARRASQUILLO, RAMON   Member U55209871 01   Acct LE-100482
Claim # 26055H118920   Rendering: VALENTIN SOTO I   Service date 02/26/2026

SVC   PROC          UNITS  BILLED      ALLOWED     DEDUCT  COINS    PAID       ADJ
1     J0256          421   $9,262.00   $7,914.80   0.00    $791.48  $7,123.32  CO-45 $1,347.20
2     J0256 JW        38     $836.00       $0.00   0.00      0.00      $0.00   CO-96   $836.00
3     96365            1     $310.00     $168.40   0.00     $16.84   $151.56   CO-45   $141.60
      Remark codes line 2: N20 - Service not payable with other service rendered on the
      same date.  Plan policy: discarded drug (JW) amounts are not separately reimbursed.
Claim totals: billed $10,408.00  allowed $8,083.20  pt resp $808.32  paid $7,274.88
Auth on file for J0256 verified.  Appeal deadline 180 days from issue date.
"""

DOCS = [
    {"id": "d1", "type": "progress_note", "date": "2026-03-05", "text": D1},
    {"id": "d2", "type": "progress_note", "date": "2026-03-05", "text": D2},
    {"id": "d3", "type": "other", "date": "2026-03-03", "text": D3},
]

FINDINGS = [
    {"kind": "aatd_diagnosis", "_doc": "d2", "_ev": "alpha-1 antitrypsin deficiency (AATD), PI*ZZ"},
    {"kind": "genotype", "alleles": ["Z", "Z"], "_doc": "d2", "_ev": "PI*ZZ by genotyping"},
    {"kind": "serum_aat", "value": 5.2, "unit": "uM", "_doc": "d2", "_ev": "serum AAT 5,2 umol/L"},
    {"kind": "serum_aat", "value": 0.28, "unit": "g/L", "_doc": "d2", "_ev": "(0,28 g/L)"},
    {"kind": "lung_disease", "value": "emphysema", "_doc": "d2", "_ev": "Severe centrilobular and panlobular\nemphysema"},
    {"kind": "lung_disease", "value": "copd", "_doc": "d2", "_ev": "COPD GOLD 3"},
    {"kind": "fev1", "value": 41, "_doc": "d2", "_ev": "FEV1 41 % predicted"},
    {"kind": "smoking_status", "value": "never", "_doc": "d2", "_ev": "Never smoker"},
    {"kind": "prior_authorization", "value": "CGX-2291047", "_doc": "d2", "_ev": "Cigna auth # CGX-2291047"},
    {"kind": "weight", "value": 70.2, "unit": "kg", "value_kg": 70.2, "_doc": "d1", "_ev": "Peso: 70,2 kg", "_date": "2026-03-05"},
    {"kind": "drug_product", "value": "Zemaira", "_doc": "d2", "_ev": "On Zemaira 60 mg/kg weekly since 2021", "_dos": False},
    {"kind": "response_to_therapy", "_doc": "d2", "_ev": "Respuesta a la terapia: hasta este episodio estaba estable"},
]

REQUIREMENTS = {
    "aatd_diagnosis": "met",
    "genotype": "met",
    "serum_aat_level": "met",
    "lung_disease_evidence": "met",
    "patient_weight": "met",
    "dose_administered": "missing",
    "dose_matches_weight": "missing",
    "units_match_dose": "not_applicable",
    "wastage_documented": "missing",
    "lot_number": "missing",
    "expiration_date": "missing",
    "infusion_times": "missing",
    "response_to_therapy": "met",
    "prior_authorization": "met",
    "code_selection": "not_applicable",
    "smoking_status": "met",
    "fev1_range": "met",
}

ARITH = {
    "weight_kg": 70.2, "weight_date": "2026-03-05", "dose_mg": None,
    "target_mg": 4212.0, "low_mg": 3790.8, "high_mg": 4633.2, "pct_diff": None, "within_10pct": None,
    "code": None, "billing_unit_mg": None, "units_expected": None, "units_billed": None,
    "waste_mg": None, "jw_units_expected": None, "jw_units_billed": None, "modifier": None,
    "expirations": [], "expiration_ok": None,
    "note": "A1PI held on the DOS; no A1PI drug line on the claim (99214-25, 94640, J7613).",
}

NOTES = """
NEGATIVE CONTROL: weekly Zemaira held for a febrile COPD exacerbation. Bilingual nursing note
(dd/mm date 05/03/2026 = March 5) and physician note; 835 remittance for the 02/26 Zemaira claim.
No A1PI given: dose, lot, expiration, times and waste are missing; with no A1PI drug line on the
claim, units_match_dose and code_selection are not_applicable and wastage is judged like the
no-claim branch (missing: the sealed vial returned to pharmacy stock is not a waste statement).
Patient facts (AATD, ZZ, 5,2 umol/L and 0,28 g/L, emphysema/COPD, FEV1 41 %, never smoker, Cigna
auth, 70,2 kg, response until this episode) are met.
Traps: returned vial lot P100587730 / vence 01/2027; albuterol neb 2,5 mg and its times 10:12-10:24;
planned ~4,200 mg and calc 4,212 mg; remittance units 421 and JW 38, dollars, CARC 45/96, RARC
N20, claim number; arrival/vitals/CXR/discharge times; next infusion 12/03/2026 (dd/mm);
sister PI*MZ, niece PI*ZZ on Prolastin-C; "possible bacterial bronchitis"; prednisone/doxycycline.
"""
